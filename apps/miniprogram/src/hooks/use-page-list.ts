import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { Page } from '@zerowaste/shared';
import { useEffect } from 'react';
import { type PagedList, usePagedList } from './use-paged-list';

/**
 * The list a page is about: its first page when the page opens and whenever `fetchPage` changes (a
 * new filter), the next one when the user scrolls to the bottom, and again on pull-down.
 */
export function usePageList<T>(fetchPage: (page: number) => Promise<Page<T>>): PagedList<T> {
  const list = usePagedList(fetchPage);
  const { reload, loadMore } = list;
  useEffect(() => {
    void reload();
  }, [reload]);
  useReachBottom(() => {
    void loadMore();
  });
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  return list;
}
