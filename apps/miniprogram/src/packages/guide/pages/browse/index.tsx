import { Text, View } from '@tarojs/components';
import Taro, { useReachBottom, useRouter } from '@tarojs/taro';
import { WASTE_CATEGORIES, WASTE_CATEGORY_COLORS, WASTE_CATEGORY_LABELS, type WasteCategory } from '@zerowaste/shared';
import { useCallback, useEffect } from 'react';
import { GuideItemRow } from '../../../../components/guide-item-row';
import { ListFooter } from '../../../../components/list-footer';
import { PageShell } from '../../../../components/page-shell';
import { StateView } from '../../../../components/state-view';
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
      {list.loading && !list.loaded ? <StateView kind="loading" title="正在加载…" /> : null}
      {list.error && !list.loaded ? (
        <StateView
          kind="error"
          title="加载失败"
          description={list.error}
          actionText="重试"
          onAction={() => void reload()}
        />
      ) : null}
      {list.loaded && list.items.length === 0 ? (
        <StateView kind="empty" title="这一类还没有收录物品" description="可以回到分类页按名称搜索。" />
      ) : null}
      {list.items.length > 0 ? (
        <View className="card guide-browse__list">
          {list.items.map((item) => (
            <GuideItemRow key={item.id} item={item} />
          ))}
        </View>
      ) : null}
      {list.loaded && list.items.length > 0 ? (
        <ListFooter
          loadingMore={list.loadingMore}
          hasMore={list.hasMore}
          error={list.error}
          count={list.items.length}
          onRetry={() => void list.loadMore()}
        />
      ) : null}
    </PageShell>
  );
}
