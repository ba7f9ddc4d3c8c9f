import { Text, View } from '@tarojs/components';
import type { PickupResponse } from '@zerowaste/shared';
import { formatDateTime } from '../../../../utils/format';
import './index.scss';

interface Step {
  title: string;
  /** When it happened, or what is awaited. */
  detail: string;
  state: 'done' | 'current' | 'todo' | 'stopped';
}

const ENDINGS: Partial<Record<PickupResponse['status'], string>> = {
  cancelled: '已取消，名额已释放',
  missed: '回收员未能完成上门',
  expired: '时段已过，没有回收员上门',
};

function stepsOf(pickup: PickupResponse): Step[] {
  const at = (iso: string | null) => (iso ? formatDateTime(iso) : '');
  const steps: Step[] = [{ title: '已预约', detail: at(pickup.createdAt), state: 'done' }];
  const ending = ENDINGS[pickup.status];
  if (pickup.startedAt || pickup.status === 'on_the_way' || pickup.status === 'completed') {
    steps.push({ title: '回收员已出发', detail: at(pickup.startedAt), state: 'done' });
  }
  if (ending) {
    const reason = pickup.status === 'missed' && pickup.missedReason ? `：${pickup.missedReason}` : '';
    steps.push({ title: ending + reason, detail: at(pickup.endedAt), state: 'stopped' });
    return steps;
  }
  if (pickup.status === 'booked') {
    steps.push({ title: '回收员出发', detail: '上门当天出发时会通知您', state: 'todo' });
  }
  if (pickup.status === 'completed') {
    steps.push({ title: '已称重完成', detail: at(pickup.endedAt), state: 'done' });
  } else {
    steps.push({ title: '上门称重、积分到账', detail: '按实际称重计算积分', state: 'todo' });
  }
  // The newest step that happened is where the booking stands.
  const last = steps.map((step) => step.state).lastIndexOf('done');
  if (pickup.status !== 'completed') steps[last].state = 'current';
  return steps;
}

/** Where a booking stands, step by step, with when each step happened. */
export function PickupTimeline({ pickup }: { pickup: PickupResponse }) {
  return (
    <View className="pickup-timeline">
      {stepsOf(pickup).map((step) => (
        <View key={step.title} className={`pickup-timeline__step pickup-timeline__step--${step.state}`}>
          <View className="pickup-timeline__dot" />
          <View className="pickup-timeline__text">
            <Text className="pickup-timeline__title">{step.title}</Text>
            {step.detail ? <Text className="pickup-timeline__detail">{step.detail}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
