import { ScrollView, Text, View } from '@tarojs/components';
import './index.scss';

export interface ChipOption<T extends string> {
  value: T;
  label: string;
}

interface FilterChipsProps<T extends string> {
  /** 时间 / 地区 / 类型 / 等级 */
  label: string;
  options: ChipOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** One filter as a row of large chips that scrolls sideways: every choice visible, one tap to pick. */
export function FilterChips<T extends string>({ label, options, value, onChange }: FilterChipsProps<T>) {
  return (
    <View className="filter-chips">
      <Text className="filter-chips__label">{label}</Text>
      <ScrollView scrollX className="filter-chips__scroll" enhanced showScrollbar={false}>
        <View className="filter-chips__row">
          {options.map((option) => (
            <Text
              key={option.value}
              className={`filter-chips__chip${option.value === value ? ' filter-chips__chip--active' : ''}`}
              onClick={() => onChange(option.value)}
            >
              {option.label}
            </Text>
          ))}
        </View>
      </ScrollView>
    </View>
  );
}
