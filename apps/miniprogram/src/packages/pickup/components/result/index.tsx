import { Text, View } from '@tarojs/components';
import type { PickupWeight } from '@zerowaste/shared';
import { formatKg } from '../../../../utils/format';
import { earnsPoints } from '../../constants';
import './index.scss';

interface Outcome {
  pointsAwarded: number | null;
  co2eKg: number | null;
  weights: PickupWeight[] | null;
}

/** What a completed pickup earned: points, kg recycled (bulky and renovation waste is disposed of) and the CO2e avoided. */
export function PickupResult({ pickup, title = '回收完成' }: { pickup: Outcome; title?: string }) {
  const kg = (pickup.weights ?? [])
    .filter((line) => earnsPoints(line.category))
    .reduce((sum, line) => sum + line.kg, 0);
  return (
    <View className="pickup-result">
      <Text className="pickup-result__title">{title}</Text>
      <View className="pickup-result__figures">
        <View className="pickup-result__figure">
          <Text className="pickup-result__value">+{pickup.pointsAwarded ?? 0}</Text>
          <Text className="pickup-result__label">积分</Text>
        </View>
        <View className="pickup-result__figure">
          <Text className="pickup-result__value">{formatKg(kg)}</Text>
          <Text className="pickup-result__label">回收重量</Text>
        </View>
        <View className="pickup-result__figure">
          <Text className="pickup-result__value">{formatKg(pickup.co2eKg ?? 0)}</Text>
          <Text className="pickup-result__label">减少碳排放 CO₂e</Text>
        </View>
      </View>
    </View>
  );
}
