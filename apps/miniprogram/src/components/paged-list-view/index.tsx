import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedList } from '../../hooks/use-paged-list';
import { ListFooter } from '../list-footer';
import { StateView } from '../state-view';

interface EmptyState {
  title: string;
  description?: string;
  actionText?: string;
  onAction?: () => void;
  icon?: string;
}

interface PagedListViewProps<T> {
  list: PagedList<T>;
  /** 正在加载积分明细… */
  loadingTitle: string;
  /** 没能加载积分明细 */
  errorTitle: string;
  /** What to say (and offer) when the list is empty. */
  empty: EmptyState;
  /** Class of the box around the items, e.g. `card history__list`. */
  className?: string;
  children: (items: T[]) => ReactNode;
}

/** A paged list's first-load spinner, its error with a retry, its empty state, and the footer under the items. */
export function PagedListView<T>({
  list,
  loadingTitle,
  errorTitle,
  empty,
  className,
  children,
}: PagedListViewProps<T>) {
  if (list.loading && !list.loaded) return <StateView kind="loading" title={loadingTitle} />;
  if (list.error && !list.loaded) {
    return (
      <StateView
        kind="error"
        title={errorTitle}
        description={list.error}
        actionText="重试"
        onAction={() => void list.reload()}
      />
    );
  }
  if (list.items.length === 0) return <StateView kind="empty" {...empty} />;
  return (
    <View>
      <View className={className}>{children(list.items)}</View>
      <ListFooter
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
        error={list.error}
        count={list.items.length}
        onRetry={() => void list.loadMore()}
      />
    </View>
  );
}
