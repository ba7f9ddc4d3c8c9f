import { Text, View } from '@tarojs/components';
import { CELL_TYPE_LABELS, type CellSummary } from '@zerowaste/shared';
import { formatDistance } from '../../utils/format';
import './index.scss';

interface CellItemProps {
  cell: CellSummary;
  selected?: boolean;
  onTap?: (cell: CellSummary) => void;
}

/** One zero-waste cell in a list: name, type, where it is, and how far. */
export function CellItem({ cell, selected, onTap }: CellItemProps) {
  return (
    <View
      className={`cell-item${selected ? ' cell-item--selected' : ''}${onTap ? ' cell-item--tappable' : ''}`}
      onClick={onTap ? () => onTap(cell) : undefined}
    >
      <View className="cell-item__main">
        <View className="cell-item__head">
          <Text className="cell-item__name">{cell.name}</Text>
          <Text className={`cell-item__type cell-item__type--${cell.type}`}>{CELL_TYPE_LABELS[cell.type]}</Text>
        </View>
        <Text className="cell-item__address">
          {cell.regionName}
          {cell.address ? ` · ${cell.address}` : ''}
        </Text>
      </View>
      {typeof cell.distance === 'number' ? (
        <Text className="cell-item__distance">{formatDistance(cell.distance)}</Text>
      ) : null}
      {selected ? <Text className="cell-item__check">当前</Text> : null}
    </View>
  );
}
