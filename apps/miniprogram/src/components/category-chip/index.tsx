import { Text } from '@tarojs/components';
import { WASTE_CATEGORY_COLORS, WASTE_CATEGORY_LABELS, type WasteCategory } from '@zerowaste/shared';
import './index.scss';

interface CategoryChipProps {
  category: WasteCategory;
  /** Shown after the category, e.g. the subcategory 金属. */
  detail?: string | null;
  size?: 'sm' | 'lg';
}

/** A category on its GB/T 19095 bin colour, so the colour is learnt along with the name. */
export function CategoryChip({ category, detail, size = 'sm' }: CategoryChipProps) {
  return (
    <Text
      className={`category-chip category-chip--${size}`}
      style={{ backgroundColor: WASTE_CATEGORY_COLORS[category] }}
    >
      {WASTE_CATEGORY_LABELS[category]}
      {detail ? ` · ${detail}` : ''}
    </Text>
  );
}
