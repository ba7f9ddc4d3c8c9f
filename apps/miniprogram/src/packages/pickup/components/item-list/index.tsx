import { Text, View } from '@tarojs/components';
import { PICKUP_CATEGORY_LABELS, type PickupCategory } from '@zerowaste/shared';
import { formatKg } from '../../../../utils/format';
import { CategoryTile } from '../tile';
import './index.scss';

interface Line {
  category: PickupCategory;
  kg: number;
}

/** What a booking holds (estimated) or what was weighed: a row per category with its kg. */
export function ItemList({ lines, prefix }: { lines: Line[]; prefix: string }) {
  return (
    <View className="pickup-items">
      {lines.map((line) => (
        <View key={line.category} className="pickup-items__row">
          <CategoryTile category={line.category} size="sm" />
          <Text className="pickup-items__name">{PICKUP_CATEGORY_LABELS[line.category]}</Text>
          <Text className="pickup-items__kg">
            {prefix}
            {formatKg(line.kg)}
          </Text>
        </View>
      ))}
    </View>
  );
}
