import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { RedemptionResponse } from '@zerowaste/shared';
import { PageShell } from '../../../../components/page-shell';
import { PagedListView } from '../../../../components/paged-list-view';
import { SessionGate } from '../../../../components/session-gate';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { ROUTES, withQuery } from '../../../../routes';
import { listRedemptions } from '../../../../services/rewards';
import { formatDateTime } from '../../../../utils/format';
import { StatusTag } from '../../components/status-tag';
import './index.scss';

const fetchPage = (page: number) => listRedemptions(page);

function RedemptionRow({ redemption }: { redemption: RedemptionResponse }) {
  return (
    <View
      className="redemptions__row"
      onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.redemption, { id: redemption.id }) })}
    >
      <View className="redemptions__main">
        <Text className="redemptions__reward">{redemption.reward.name}</Text>
        <Text className="redemptions__shop">{redemption.shop.name}</Text>
        <Text className="redemptions__time">
          {redemption.status === 'pending'
            ? `${formatDateTime(redemption.expiresAt)} 前有效`
            : `兑换于 ${formatDateTime(redemption.createdAt)}`}
        </Text>
      </View>
      <StatusTag status={redemption.status} />
      <Text className="redemptions__chevron">›</Text>
    </View>
  );
}

function Redemptions() {
  const list = usePagedList(fetchPage);
  const { reload } = list;

  // Also on coming back from a code: it may have been used or cancelled meanwhile.
  useDidShow(() => {
    void reload();
  });
  useReachBottom(() => {
    void list.loadMore();
  });
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <PagedListView
      list={list}
      loadingTitle="正在加载兑换码…"
      errorTitle="没能加载兑换码"
      empty={{
        title: '还没有兑换过商品',
        description: '到积分超市用积分兑换生活用品，兑换码会显示在这里。',
        actionText: '去兑换',
        onAction: () => void Taro.redirectTo({ url: ROUTES.rewards }),
      }}
      className="card redemptions__list"
    >
      {(items) => items.map((redemption) => <RedemptionRow key={redemption.id} redemption={redemption} />)}
    </PagedListView>
  );
}

export default function RedemptionsPage() {
  return (
    <PageShell className="redemptions">
      <SessionGate>{() => <Redemptions />}</SessionGate>
    </PageShell>
  );
}
