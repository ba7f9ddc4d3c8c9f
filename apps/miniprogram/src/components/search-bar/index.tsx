import { Input, Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

interface SearchBarProps {
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
}

/** A rounded search box at the top of a list; children (a button) sit at its right. */
export function SearchBar({ value, placeholder, onChange, children }: PropsWithChildren<SearchBarProps>) {
  return (
    <View className="search-bar">
      <View className="search-bar__box">
        <Text className="search-bar__icon">⌕</Text>
        <Input
          className="search-bar__input"
          value={value}
          placeholder={placeholder}
          confirmType="search"
          onInput={(event) => onChange(event.detail.value)}
        />
        {value ? (
          <Text className="search-bar__clear" onClick={() => onChange('')}>
            ×
          </Text>
        ) : null}
      </View>
      {children}
    </View>
  );
}
