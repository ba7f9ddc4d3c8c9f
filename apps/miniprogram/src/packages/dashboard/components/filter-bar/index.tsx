import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

/** The dashboard's pickers (month, region, type) in one row that wraps. */
export function FilterBar({ children }: PropsWithChildren) {
  return <View className="filter-bar">{children}</View>;
}
