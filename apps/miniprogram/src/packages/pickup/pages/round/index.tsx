import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { chinaDateOf, PICKUP_CATEGORY_LABELS, type PickupResponse } from '@zerowaste/shared';
import { useCallback, useRef, useState } from 'react';
import { FilterChips } from '@/components/filter-chips';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { SessionGate } from '@/components/session-gate';
import { usePageList } from '@/hooks/use-page-list';
import { ROUTES, withQuery } from '@/routes';
import { listAssignedPickups } from '@/services/pickups';
import { formatClock, formatKg } from '@/utils/format';
import { PickupStatusTag } from '../../components/status-tag';
import { callResident, navigateTo } from '../../contact';
import './index.scss';

type Day = 'today' | 'tomorrow';
const DAY_OPTIONS = [
  { value: 'today' as const, label: '今天' },
  { value: 'tomorrow' as const, label: '明天' },
];

function dateOf(day: Day): string {
  return chinaDateOf(new Date(Date.now() + (day === 'tomorrow' ? 86_400_000 : 0)));
}

function Stop({ pickup, index }: { pickup: PickupResponse; index: number }) {
  const open = pickup.status === 'booked' || pickup.status === 'on_the_way';
  const what = pickup.items
    .map((item) => `${PICKUP_CATEGORY_LABELS[item.category]} 约${formatKg(item.estimatedKg)}`)
    .join('、');
  const visit = () => void Taro.navigateTo({ url: withQuery(ROUTES.pickupVisit, { id: pickup.id }) });
  return (
    <View className={`card round__stop${open ? '' : ' round__stop--done'}`}>
      <View className="round__head" onClick={visit}>
        <Text className="round__index">{index + 1}</Text>
        <Text className="round__time">
          {formatClock(pickup.slot.startsAt)}–{formatClock(pickup.slot.endsAt)}
        </Text>
        <PickupStatusTag status={pickup.status} />
      </View>
      <View onClick={visit}>
        <Text className="round__address">{pickup.address.text}</Text>
        <Text className="round__what">{what}</Text>
        {pickup.note ? <Text className="round__note">备注：{pickup.note}</Text> : null}
      </View>
      {open ? (
        <View className="round__buttons">
          <Button className="btn btn--plain" onClick={() => callResident(pickup)}>
            打电话
          </Button>
          <Button className="btn btn--plain" onClick={() => navigateTo(pickup)}>
            导航
          </Button>
          <Button className="btn btn--primary" onClick={visit}>
            {pickup.status === 'booked' ? '去上门' : '称重'}
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function Round() {
  const [day, setDay] = useState<Day>('today');
  const fetchPage = useCallback((page: number) => listAssignedPickups(page, dateOf(day)), [day]);
  const list = usePageList(fetchPage);
  // Back from a booking that was completed or missed meanwhile.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  const left = list.items.filter((p) => p.status === 'booked' || p.status === 'on_the_way').length;
  return (
    <View>
      <FilterChips label="日期" options={DAY_OPTIONS} value={day} onChange={setDay} />
      {list.loaded && list.items.length ? (
        <View className="round__summary">
          <Text>共 {list.total} 单</Text>
          <Text className="round__left">待上门 {left} 单</Text>
        </View>
      ) : null}
      <PagedListView
        list={list}
        loadingTitle="正在加载上门任务…"
        errorTitle="没能加载上门任务"
        empty={{
          icon: '收',
          title: day === 'today' ? '今天没有上门任务' : '明天还没有上门任务',
          description: '居民预约您所在片区的时段后，会按时段顺序出现在这里。',
        }}
      >
        {(items) => items.map((pickup, index) => <Stop key={pickup.id} pickup={pickup} index={index} />)}
      </PagedListView>
    </View>
  );
}

export default function PickupRoundPage() {
  return (
    <PageShell className="round">
      <SessionGate>{() => <Round />}</SessionGate>
    </PageShell>
  );
}
