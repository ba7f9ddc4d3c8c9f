import { Text } from '@tarojs/components';
import { GRADE_LABELS, type Grade } from '@zerowaste/shared';
import './index.scss';

interface GradeBadgeProps {
  grade: Grade;
  /** Larger, for the head of a cell's page. */
  large?: boolean;
}

/** 示范 / 达标 / 提升中 / 未达标 in the grade's colour. */
export function GradeBadge({ grade, large }: GradeBadgeProps) {
  return (
    <Text className={`grade-badge grade-badge--${grade}${large ? ' grade-badge--large' : ''}`}>
      {GRADE_LABELS[grade]}
    </Text>
  );
}
