import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { OPEN_PICKUP_STATUSES, PICKUP_STATUS_LABELS, type PickupResponse } from '@zerowaste/shared';
import { useCallback, useRef } from 'react';
import { useResource } from '../../hooks/use-resource';
import { ROUTES, withQuery } from '../../routes';
import { listMyPickups } from '../../services/pickups';
import { formatSlot } from '../../utils/format';
import './index.scss';

// A resident holds only a few open bookings (pickup.maxOpen), so they are on the first page.
async function nextPickup(): Promise<PickupResponse | null> {
  const page = await listMyPickups(1, undefined, 20);
  const open = page.items.filter((p) => (OPEN_PICKUP_STATUSES as readonly string[]).includes(p.status));
  open.sort((a, b) => Date.parse(a.slot.startsAt) - Date.parse(b.slot.startsAt));
  return open[0] ?? null;
}

/** The home page's card for the resident's next doorstep pickup; nothing when none is booked. */
export function NextPickupCard() {
  const load = useCallback(nextPickup, []);
  const next = useResource(load);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void next.reload();
    shown.current = true;
  });
  const pickup = next.data;
  if (!pickup) return null;
  const onTheWay = pickup.status === 'on_the_way';
  return (
    <View
      className={`card next-pickup${onTheWay ? ' next-pickup--on-the-way' : ''}`}
      onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.pickup, { id: pickup.id }) })}
    >
      <View className="next-pickup__glyph">收</View>
      <View className="next-pickup__main">
        <Text className="next-pickup__label">下次上门回收 · {PICKUP_STATUS_LABELS[pickup.status]}</Text>
        <Text className="next-pickup__slot">{formatSlot(pickup.slot)}</Text>
        <Text className="next-pickup__who">
          {pickup.collector ? `回收员 ${pickup.collector.nickname}` : '正在安排回收员'}
        </Text>
      </View>
      <Text className="next-pickup__chevron">›</Text>
    </View>
  );
}
