import { Input, Text, View } from '@tarojs/components';
import { PICKUP_CATEGORY_LABELS, type PickupCategory } from '@zerowaste/shared';
import { earnsPoints } from '../../constants';
import { CategoryTile } from '../tile';
import './index.scss';

interface KgRowProps {
  category: PickupCategory;
  /** As typed: the digit keyboard gives a string. */
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** − and + around the box, by whole kg (an estimate); without it, only the box (a scale reading). */
  onStep?: (delta: number) => void;
}

/** A category with its kg: the resident's estimate or the collector's reading. */
export function KgRow({ category, value, onChange, placeholder, onStep }: KgRowProps) {
  return (
    <View className="kg-row">
      <CategoryTile category={category} size="sm" />
      <View className="kg-row__name">
        <Text>{PICKUP_CATEGORY_LABELS[category]}</Text>
        {earnsPoints(category) ? null : <Text className="kg-row__no-points">不计积分</Text>}
      </View>
      {onStep ? (
        <Text className="kg-row__step" onClick={() => onStep(-1)}>
          −
        </Text>
      ) : null}
      <Input
        className="kg-row__input"
        type="digit"
        value={value}
        placeholder={placeholder}
        onInput={(event) => onChange(event.detail.value)}
      />
      <Text className="kg-row__unit">kg</Text>
      {onStep ? (
        <Text className="kg-row__step" onClick={() => onStep(1)}>
          +
        </Text>
      ) : null}
    </View>
  );
}
