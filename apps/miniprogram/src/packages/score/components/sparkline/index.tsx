import { View } from '@tarojs/components';
import type { ScoreTrendItem } from '@zerowaste/shared';
import { GRADE_COLOURS } from '@/utils/grade';
import './index.scss';

/**
 * A row of small bars, one per month, each as tall as the month's total and in its grade's colour.
 * Plain views, not a chart: a list of cells would otherwise draw a canvas per row.
 */
export function Sparkline({ items }: { items: ScoreTrendItem[] }) {
  return (
    <View className="sparkline" aria-hidden>
      {items.map((item) => (
        <View
          key={item.period}
          className="sparkline__bar"
          style={{ height: `${Math.max(4, item.total)}%`, backgroundColor: GRADE_COLOURS[item.grade] }}
        />
      ))}
    </View>
  );
}
