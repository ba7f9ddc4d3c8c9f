import { Text, View } from '@tarojs/components';
import Taro, { useReachBottom, useRouter } from '@tarojs/taro';
import { WASTE_CATEGORIES, WASTE_CATEGORY_COLORS, WASTE_CATEGORY_LABELS, type WasteCategory } from '@zerowaste/shared';
import { useCallback, useEffect } from 'react';
import { GuideItemRow } from '../../../../components/guide-item-row';
import { PageShell } from '../../../../components/page-shell';
import { PagedListView } from '../../../../components/paged-list-view';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { browseGuide } from '../../../../services/guide';
import './index.scss';

function asCategory(value: string | undefined): WasteCategory {
  return WASTE_CATEGORIES.find((category) => category === value) ?? 'recyclable';
}

export default function GuideBrowsePage() {
  const category = asCategory(useRouter().params.category);
  const fetchPage = useCallback((page: number) => browseGuide(category, page), [category]);
  const list = usePagedList(fetchPage);
  const { reload } = list;

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: WASTE_CATEGORY_LABELS[category] });
    void reload();
  }, [category, reload]);

  useReachBottom(() => {
    void list.loadMore();
  });

  return (
    <PageShell className="guide-browse">
      <View className="guide-browse__head" style={{ backgroundColor: WASTE_CATEGORY_COLORS[category] }}>
        <Text className="guide-browse__title">{WASTE_CATEGORY_LABELS[category]}</Text>
        {list.loaded ? <Text className="guide-browse__count">共 {list.total} 种常见物品</Text> : null}
      </View>
      <PagedListView
        list={list}
        loadingTitle="正在加载…"
        errorTitle="加载失败"
        empty={{ title: '这一类还没有收录物品', description: '可以回到分类页按名称搜索。' }}
        className="card guide-browse__list"
      >
        {(items) => items.map((item) => <GuideItemRow key={item.id} item={item} />)}
      </PagedListView>
    </PageShell>
  );
}
