import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { PICKUP_CATEGORY_LABELS, type PickupResponse } from '@zerowaste/shared';
import { useRef } from 'react';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { SessionGate } from '@/components/session-gate';
import { usePageList } from '@/hooks/use-page-list';
import { ROUTES, withQuery } from '@/routes';
import { listMyPickups } from '@/services/pickups';
import { formatKg, formatSlot } from '@/utils/format';
import { PickupStatusTag } from '../../components/status-tag';
import './index.scss';

const fetchPage = (page: number) => listMyPickups(page);

function PickupRow({ pickup }: { pickup: PickupResponse }) {
  const what = (pickup.weights ?? pickup.items.map((item) => ({ category: item.category, kg: item.estimatedKg })))
    .map((line) => `${PICKUP_CATEGORY_LABELS[line.category]} ${formatKg(line.kg)}`)
    .join('、');
  return (
    <View
      className="my-pickups__row"
      onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.pickup, { id: pickup.id }) })}
    >
      <View className="my-pickups__main">
        <Text className="my-pickups__slot">{formatSlot(pickup.slot)}</Text>
        <Text className="my-pickups__what">{what}</Text>
        {pickup.pointsAwarded !== null ? (
          <Text className="my-pickups__points">+{pickup.pointsAwarded} 积分</Text>
        ) : null}
      </View>
      <PickupStatusTag status={pickup.status} />
      <Text className="my-pickups__chevron">›</Text>
    </View>
  );
}

function MyPickups() {
  const list = usePageList(fetchPage);
  // Coming back from a booking (cancelled or rated meanwhile): show it as it is now.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  return (
    <View>
      <Button
        className="btn btn--primary my-pickups__book"
        onClick={() => void Taro.navigateTo({ url: ROUTES.pickupBook })}
      >
        预约上门回收
      </Button>
      <PagedListView
        list={list}
        loadingTitle="正在加载我的预约…"
        errorTitle="没能加载我的预约"
        empty={{
          icon: '收',
          title: '还没有预约过上门回收',
          description: '纸箱、旧衣、家电攒多了？预约回收员上门称重，按重量得积分。',
        }}
        className="card my-pickups__list"
      >
        {(items) => items.map((pickup) => <PickupRow key={pickup.id} pickup={pickup} />)}
      </PagedListView>
    </View>
  );
}

export default function MyPickupsPage() {
  return (
    <PageShell className="my-pickups">
      <SessionGate>{() => <MyPickups />}</SessionGate>
    </PageShell>
  );
}
