import { View } from '@tarojs/components';
import { WASTE_CATEGORIES, WASTE_CATEGORY_COLORS, WASTE_CATEGORY_LABELS, type WasteCategory } from '@zerowaste/shared';
import './index.scss';

const LOCAL_NAMES: Partial<Record<WasteCategory, string>> = { food: '湿垃圾', residual: '干垃圾' };

interface CategoryPickerProps {
  onPick: (category: WasteCategory) => void;
  /** Outlined as the current choice. */
  selected?: WasteCategory | null;
  disabled?: boolean;
}

/** The four bins as four big buttons in their colours: easy to hit, and the colour matches the bin. */
export function CategoryPicker({ onPick, selected, disabled }: CategoryPickerProps) {
  return (
    <View className={`category-picker${disabled ? ' category-picker--disabled' : ''}`}>
      {WASTE_CATEGORIES.map((category) => (
        <View key={category} className="category-picker__cell">
          <View
            className={`category-picker__button${selected === category ? ' category-picker__button--selected' : ''}`}
            style={{ backgroundColor: WASTE_CATEGORY_COLORS[category] }}
            onClick={() => {
              if (!disabled) onPick(category);
            }}
          >
            <View className="category-picker__label">{WASTE_CATEGORY_LABELS[category]}</View>
            {LOCAL_NAMES[category] ? <View className="category-picker__alias">{LOCAL_NAMES[category]}</View> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
