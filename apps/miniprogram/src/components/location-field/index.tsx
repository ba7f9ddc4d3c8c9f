import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { GeoPoint } from '@zerowaste/shared';
import { useState } from 'react';
import { chooseOnMap, locate } from '../../services/location';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

/** A point, and where it came from, said above the coordinates (细胞位置, 当前位置, a place name). */
export interface PickedPlace {
  point: GeoPoint;
  source: string;
}

interface LocationFieldProps {
  value: PickedPlace | null;
  onChange: (place: PickedPlace) => void;
}

/** The place a form starts from: a saved point (the cell's own), or nothing yet. */
export function startingPlace(point: GeoPoint | null, source: string): PickedPlace | null {
  return point ? { point, source } : null;
}

/** A GCJ-02 point: picked on WeChat's map, or the device's position; shown as coordinates. */
export function LocationField({ value, onChange }: LocationFieldProps) {
  const [locating, setLocating] = useState(false);

  const takeDevicePosition = async () => {
    setLocating(true);
    const located = await locate();
    setLocating(false);
    if (located.source === 'fallback') {
      void Taro.showToast({ title: '没能获取当前位置，请检查定位权限', icon: 'none', duration: 2500 });
      return;
    }
    onChange({ point: located.point, source: '当前位置' });
  };

  const pickOnMap = async () => {
    const chosen = await chooseOnMap();
    if (chosen) onChange({ point: chosen.point, source: chosen.name ?? '地图选点' });
  };

  return (
    <View className="location-field">
      <View className="location-field__value">
        <Text className="location-field__source">{value ? value.source : '还没有位置'}</Text>
        {value ? (
          <Text className="location-field__coords">
            北纬 {value.point.lat.toFixed(5)}，东经 {value.point.lng.toFixed(5)}
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
