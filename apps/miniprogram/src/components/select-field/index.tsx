import { Picker, Text, View } from '@tarojs/components';
import './index.scss';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> {
  options: SelectOption<T>[];
  value: T | null;
  /** Shown while nothing is chosen. */
  placeholder: string;
  onChange: (value: T) => void;
  /** A compact chip for a filter bar instead of a full-width form field. */
  chip?: boolean;
}

/** One choice from a list, in the platform's own picker (the wheel in WeChat). */
export function SelectField<T extends string>({ options, value, placeholder, onChange, chip }: SelectFieldProps<T>) {
  const index = options.findIndex((option) => option.value === value);
  return (
    <Picker
      mode="selector"
      range={options.map((option) => option.label)}
      value={Math.max(index, 0)}
      onChange={(event) => {
        const picked = options[Number(event.detail.value)];
        if (picked) onChange(picked.value);
      }}
    >
      <View className={chip ? 'select-field select-field--chip' : 'form-field__picker select-field'}>
        <Text className={`select-field__text${index < 0 ? ' select-field__text--placeholder' : ''}`}>
          {index < 0 ? placeholder : options[index].label}
        </Text>
        <Text className="select-field__arrow">▾</Text>
      </View>
    </Picker>
  );
}
