import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { type GuideItemResponse, WASTE_CATEGORY_COLORS, WASTE_CATEGORY_LABELS } from '@zerowaste/shared';
import { useCallback } from 'react';
import { PageShell } from '../../../../components/page-shell';
import { ResourceView } from '../../../../components/resource-view';
import { SORTING_GUIDE } from '../../../../constants/sorting-guide';
import { useResource } from '../../../../hooks/use-resource';
import { ROUTES, withQuery } from '../../../../routes';
import { getGuideItem } from '../../../../services/guide';
import './index.scss';

function ItemDetail({ item }: { item: GuideItemResponse }) {
  const colour = WASTE_CATEGORY_COLORS[item.category];
  const guide = SORTING_GUIDE.find((entry) => entry.category === item.category);
  return (
    <View>
      <View className="guide-item__card">
        <View className="guide-item__head" style={{ backgroundColor: colour }}>
          <Text className="guide-item__name">{item.name}</Text>
          <Text className="guide-item__goes">请投入</Text>
          <Text className="guide-item__category">{WASTE_CATEGORY_LABELS[item.category]}</Text>
          {item.subcategoryLabel ? <Text className="guide-item__sub">{item.subcategoryLabel}</Text> : null}
        </View>
        <View className="guide-item__body">
          {item.tip ? (
            <View className="guide-item__tip" style={{ borderColor: colour }}>
              <Text className="guide-item__tip-label">投放提示</Text>
              <Text className="guide-item__tip-text">{item.tip}</Text>
            </View>
          ) : null}
          {item.aliases.length > 0 ? (
            <View className="guide-item__row">
              <Text className="guide-item__label">也叫</Text>
              <Text className="guide-item__value">{item.aliases.join('、')}</Text>
            </View>
          ) : null}
          {guide ? (
            <View className="guide-item__row">
              <Text className="guide-item__label">这一类</Text>
              <Text className="guide-item__value">
                {guide.explanation}
                {guide.tip}
              </Text>
            </View>
          ) : null}
        </View>
      </View>
      <Button
        className="btn btn--ghost guide-item__more"
        onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.guideBrowse, { category: item.category }) })}
      >
        查看同类：{WASTE_CATEGORY_LABELS[item.category]}
      </Button>
    </View>
  );
}

export default function GuideItemPage() {
  const id = Number(useRouter().params.id);
  const load = useCallback(() => getGuideItem(id), [id]);
  const item = useResource(load);
  return (
    <PageShell className="guide-item">
      <ResourceView resource={item} loadingTitle="正在加载…" errorTitle="没能加载这个物品">
        {(data) => <ItemDetail item={data} />}
      </ResourceView>
    </PageShell>
  );
}
