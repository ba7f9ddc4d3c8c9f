import { Text } from '@tarojs/components';
import { REDEMPTION_STATUS_LABELS, type RedemptionStatus } from '@zerowaste/shared';
import './index.scss';

export function StatusTag({ status }: { status: RedemptionStatus }) {
  return <Text className={`status-tag status-tag--${status}`}>{REDEMPTION_STATUS_LABELS[status]}</Text>;
}
