import { Text, View } from '@tarojs/components';
import { CELL_TYPE_LABELS, type CellResponse } from '@zerowaste/shared';
import type { ReactNode } from 'react';
import './index.scss';

interface CellHeaderProps {
  cell: CellResponse | null;
  /** What this page manages, e.g. 垃圾桶 · 共 12 个. */
  subtitle: string;
  /** The page's main buttons. */
  children?: ReactNode;
}

/** The top card of a cell's management page: which cell, what is managed here, and the main actions. */
export function CellHeader({ cell, subtitle, children }: CellHeaderProps) {
  return (
    <View className="card cell-header">
      <View className="cell-header__top">
        <Text className="cell-header__name">{cell?.name ?? '正在加载…'}</Text>
        {cell ? <Text className="cell-header__type">{CELL_TYPE_LABELS[cell.type]}</Text> : null}
      </View>
      <Text className="cell-header__subtitle">{subtitle}</Text>
      {children ? <View className="cell-header__actions">{children}</View> : null}
    </View>
  );
}
