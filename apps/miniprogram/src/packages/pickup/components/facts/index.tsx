import { Text, View } from '@tarojs/components';
import type { PickupResponse } from '@zerowaste/shared';
import type { ReactNode } from 'react';
import { formatSlot } from '../../../../utils/format';
import { PickupStatusTag } from '../status-tag';
import './index.scss';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="pickup-facts__row">
      <Text className="pickup-facts__label">{label}</Text>
      <View className="pickup-facts__value">{children}</View>
    </View>
  );
}

/** The head card of a booking: when, where, who; `extra` rows (a call button) go under the phone. */
export function PickupFacts({ pickup, phoneAction }: { pickup: PickupResponse; phoneAction?: ReactNode }) {
  return (
    <View className="card pickup-facts">
      <View className="pickup-facts__head">
        <Text className="pickup-facts__slot">{formatSlot(pickup.slot)}</Text>
        <PickupStatusTag status={pickup.status} />
      </View>
      <Fact label="地址">
        <Text>{pickup.address.text || '已按规定删除'}</Text>
      </Fact>
      <Fact label="电话">
        <Text>{pickup.phone ?? '已按规定删除'}</Text>
        {phoneAction}
      </Fact>
      {pickup.note ? (
        <Fact label="备注">
          <Text>{pickup.note}</Text>
        </Fact>
      ) : null}
      <Fact label="回收员">
        <Text>{pickup.collector?.nickname ?? '正在安排'}</Text>
      </Fact>
    </View>
  );
}
