import { Text } from '@tarojs/components';
import { PICKUP_STATUS_LABELS, type PickupStatus } from '@zerowaste/shared';
import './index.scss';

export function PickupStatusTag({ status }: { status: PickupStatus }) {
  return <Text className={`pickup-status pickup-status--${status}`}>{PICKUP_STATUS_LABELS[status]}</Text>;
}
