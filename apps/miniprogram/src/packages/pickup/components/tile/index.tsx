import { View } from '@tarojs/components';
import type { PickupCategory } from '@zerowaste/shared';
import { PICKUP_CATEGORY_LOOKS } from '../../constants';
import './index.scss';

/** A category's glyph on its colour, as an icon. */
export function CategoryTile({ category, size = 'md' }: { category: PickupCategory; size?: 'sm' | 'md' }) {
  const look = PICKUP_CATEGORY_LOOKS[category];
  return (
    <View className={`category-tile category-tile--${size}`} style={{ backgroundColor: look.colour }}>
      {look.glyph}
    </View>
  );
}
