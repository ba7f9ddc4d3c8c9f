import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { RedemptionResponse } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { PageShell } from '../../../../components/page-shell';
import { QrCode } from '../../../../components/qr-code';
import { ResourceView } from '../../../../components/resource-view';
import { SessionGate } from '../../../../components/session-gate';
import { type Resource, useResource } from '../../../../hooks/use-resource';
import { messageOf } from '../../../../services/http';
import { cancelRedemption, getRedemption } from '../../../../services/rewards';
import { setBalance } from '../../../../stores/points';
import { formatDateTime } from '../../../../utils/format';
import { StatusTag } from '../../components/status-tag';
import './index.scss';

/** ABCD EFGH: two groups of four are easier to read out at the counter. */
function spaced(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

const STATUS_NOTES: Record<RedemptionResponse['status'], (r: RedemptionResponse) => string> = {
  pending: (r) => `请在 ${formatDateTime(r.expiresAt)} 前到「${r.shop.name}」出示此码领取`,
  fulfilled: (r) => `已于 ${formatDateTime(r.fulfilledAt ?? r.createdAt)} 在「${r.shop.name}」领取`,
  cancelled: () => '已取消，积分已退回',
  expired: () => '已过期未领取，积分已退回',
};

function RedemptionDetail({
  resource,
  redemption,
}: {
  resource: Resource<RedemptionResponse>;
  redemption: RedemptionResponse;
}) {
  const [cancelling, setCancelling] = useState(false);
  const pending = redemption.status === 'pending';

  const cancel = async () => {
    const answer = await Taro.showModal({
      title: '取消兑换',
      content: `取消后 ${redemption.cost} 积分将退回，兑换码作废。`,
      confirmText: '取消兑换',
      cancelText: '再想想',
    });
    if (!answer.confirm) return;
    setCancelling(true);
    try {
      const result = await cancelRedemption(redemption.id);
      setBalance(result.balance);
      resource.setData(result);
      void Taro.showToast({ title: '已取消，积分已退回', icon: 'none' });
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 2500 });
      void resource.reload();
    } finally {
      setCancelling(false);
    }
  };

  return (
    <View>
      <View className={`redemption__ticket redemption__ticket--${redemption.status}`}>
        <View className="redemption__head">
          <Text className="redemption__reward">{redemption.reward.name}</Text>
          <StatusTag status={redemption.status} />
        </View>
        <Text className="redemption__shop">{redemption.shop.name}</Text>
        {redemption.code ? (
          <View className="redemption__code-box">
            <QrCode value={redemption.code} inactive={!pending} />
            <Text className={`redemption__code${pending ? '' : ' redemption__code--used'}`}>
              {spaced(redemption.code)}
            </Text>
          </View>
        ) : null}
        <Text className="redemption__note">{STATUS_NOTES[redemption.status](redemption)}</Text>
        <View className="redemption__facts">
          <View className="redemption__fact">
            <Text>消耗积分</Text>
            <Text className="redemption__fact-value">{redemption.cost}</Text>
          </View>
          <View className="redemption__fact">
            <Text>兑换时间</Text>
            <Text className="redemption__fact-value">{formatDateTime(redemption.createdAt)}</Text>
          </View>
          {pending ? (
            <View className="redemption__fact">
              <Text>有效期至</Text>
              <Text className="redemption__fact-value">{formatDateTime(redemption.expiresAt)}</Text>
            </View>
          ) : null}
        </View>
      </View>
      {pending ? (
        <Button
          className={`btn btn--danger redemption__cancel${cancelling ? ' btn--disabled' : ''}`}
          disabled={cancelling || undefined}
          onClick={() => void cancel()}
        >
          {cancelling ? '正在取消…' : '取消兑换'}
        </Button>
      ) : null}
    </View>
  );
}

function Redemption({ id }: { id: number }) {
  const load = useCallback(() => getRedemption(id), [id]);
  const resource = useResource(load);
  // The shopkeeper may scan it while this page is open in the background.
  useDidShow(() => {
    if (resource.data) void resource.reload();
  });
  usePullDownRefresh(() => {
    void resource.reload().finally(() => Taro.stopPullDownRefresh());
  });
  return (
    <ResourceView resource={resource} loadingTitle="正在加载兑换码…" errorTitle="没能加载兑换码">
      {(redemption) => <RedemptionDetail resource={resource} redemption={redemption} />}
    </ResourceView>
  );
}

export default function RedemptionPage() {
  const id = Number(useRouter().params.id);
  return (
    <PageShell className="redemption">
      <SessionGate>{() => <Redemption id={id} />}</SessionGate>
    </PageShell>
  );
}
