import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { GeoPoint } from '@zerowaste/shared';
import { useState } from 'react';
import { chooseOnMap, locate } from '../../services/location';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

interface LocationFieldProps {
  value: GeoPoint | null;
  /** Where the value came from, said under the coordinates (细胞位置, 当前位置, a place name). */
  source: string;
  onChange: (point: GeoPoint, source: string) => void;
}

/** A GCJ-02 point: picked on WeChat's map, or the device's position; shown as coordinates. */
export function LocationField({ value, source, onChange }: LocationFieldProps) {
  const [locating, setLocating] = useState(false);

  const takeDevicePosition = async () => {
    setLocating(true);
    const located = await locate();
    setLocating(false);
    if (located.source === 'fallback') {
      void Taro.showToast({ title: '没能获取当前位置，请检查定位权限', icon: 'none', duration: 2500 });
      return;
    }
    onChange(located.point, '当前位置');
  };

  const pickOnMap = async () => {
    const chosen = await chooseOnMap();
    if (chosen) onChange(chosen.point, chosen.name ?? '地图选点');
  };

  return (
    <View className="location-field">
      <View className="location-field__value">
        <Text className="location-field__source">{value ? source : '还没有位置'}</Text>
        {value ? (
          <Text className="location-field__coords">
            北纬 {value.lat.toFixed(5)}，东经 {value.lng.toFixed(5)}
          </Text>
        ) : null}
      </View>
      <View className="location-field__actions">
        {isWeapp ? (
          <Button className="btn btn--ghost location-field__button" onClick={() => void pickOnMap()}>
            在地图上选
          </Button>
        ) : null}
        <Button
          className={`btn btn--plain location-field__button${locating ? ' btn--disabled' : ''}`}
          disabled={locating || undefined}
          onClick={() => void takeDevicePosition()}
        >
          {locating ? '正在定位…' : '用我现在的位置'}
        </Button>
      </View>
    </View>
  );
}
