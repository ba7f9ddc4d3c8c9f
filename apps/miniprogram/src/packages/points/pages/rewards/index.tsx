import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { RewardResponse, ShopResponse, UserResponse } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { HomeCellNeeded } from '../../../../components/home-cell-needed';
import { PageShell } from '../../../../components/page-shell';
import { ResourceView } from '../../../../components/resource-view';
import { SessionGate } from '../../../../components/session-gate';
import { StateView } from '../../../../components/state-view';
import { useResource } from '../../../../hooks/use-resource';
import { ROUTES, withQuery } from '../../../../routes';
import { messageOf } from '../../../../services/http';
import { listRewards, listShops, redeemReward } from '../../../../services/rewards';
import { refreshBalance, setBalance, useBalance } from '../../../../stores/points';
import './index.scss';

interface ShopWithRewards {
  shop: ShopResponse;
  rewards: RewardResponse[];
}

async function loadShops(cellId: number): Promise<ShopWithRewards[]> {
  const shops = (await listShops({ cellId })).items.filter((shop) => shop.active);
  return Promise.all(
    shops.map(async (shop) => ({
      shop,
      rewards: (await listRewards(shop.id)).items.filter((reward) => reward.active),
    })),
  );
}

interface Choice {
  shop: ShopResponse;
  reward: RewardResponse;
}

function RewardCard({
  reward,
  balance,
  onRedeem,
}: {
  reward: RewardResponse;
  balance: number | null;
  onRedeem: () => void;
}) {
  const soldOut = reward.stock <= 0;
  const short = balance !== null && balance < reward.cost;
  return (
    <View className="rewards__item">
      {reward.photoUrl ? (
        <Image className="rewards__photo" src={reward.photoUrl} mode="aspectFill" />
      ) : (
        <View className="rewards__photo rewards__photo--glyph">{Array.from(reward.name)[0]}</View>
      )}
      <View className="rewards__item-main">
        <Text className="rewards__name">{reward.name}</Text>
        <Text className="rewards__cost">{reward.cost} 积分</Text>
        <Text className="rewards__stock">{soldOut ? '已兑完' : `剩余 ${reward.stock} 件`}</Text>
      </View>
      <Button
        className={`btn btn--primary rewards__redeem${soldOut || short ? ' btn--disabled' : ''}`}
        disabled={soldOut || short || undefined}
        onClick={onRedeem}
      >
        {soldOut ? '已兑完' : short ? '积分不足' : '兑换'}
      </Button>
    </View>
  );
}

/** Bottom sheet: what it costs and what is left, before any point is spent. */
function ConfirmSheet({
  choice,
  balance,
  busy,
  onConfirm,
  onCancel,
}: {
  choice: Choice;
  balance: number | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const after = balance === null ? null : balance - choice.reward.cost;
  return (
    <View className="rewards__mask" onClick={busy ? undefined : onCancel}>
      <View className="rewards__sheet" onClick={(event) => event.stopPropagation()}>
        <Text className="rewards__sheet-title">确认兑换</Text>
        <Text className="rewards__sheet-reward">{choice.reward.name}</Text>
        <Text className="rewards__sheet-shop">在「{choice.shop.name}」领取</Text>
        <View className="rewards__sheet-row">
          <Text>消耗积分</Text>
          <Text className="rewards__sheet-cost">−{choice.reward.cost}</Text>
        </View>
        <View className="rewards__sheet-row">
          <Text>当前积分</Text>
          <Text>{balance ?? '—'}</Text>
        </View>
        <View className="rewards__sheet-row">
          <Text>兑换后剩余</Text>
          <Text className="rewards__sheet-after">{after ?? '—'}</Text>
        </View>
        <Text className="rewards__sheet-note">
          兑换后会生成兑换码，请在有效期内到店出示；未领取前可以取消，积分退回。
        </Text>
        <Button
          className={`btn btn--primary rewards__confirm${busy ? ' btn--disabled' : ''}`}
          disabled={busy || undefined}
          onClick={onConfirm}
        >
          {busy ? '正在兑换…' : '确认兑换'}
        </Button>
        <Button className="btn btn--plain rewards__cancel" onClick={busy ? undefined : onCancel}>
          再想想
        </Button>
      </View>
    </View>
  );
}

function Rewards({ cellId }: { cellId: number }) {
  const balance = useBalance();
  const load = useCallback(() => loadShops(cellId), [cellId]);
  const shops = useResource(load);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);

  useDidShow(() => {
    refreshBalance().catch(() => undefined);
  });
  usePullDownRefresh(() => {
    void Promise.all([shops.reload(), refreshBalance().catch(() => undefined)]).finally(() =>
      Taro.stopPullDownRefresh(),
    );
  });

  const redeem = async () => {
    if (!choice || busy) return;
    setBusy(true);
    try {
      const result = await redeemReward(choice.reward.id);
      setBalance(result.balance);
      setChoice(null);
      void shops.reload();
      void Taro.navigateTo({ url: withQuery(ROUTES.redemption, { id: result.id }) });
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 2500 });
      void shops.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <View className="rewards__balance">
        <Text>我的积分</Text>
        <Text className="rewards__balance-value">{balance ?? '—'}</Text>
        <Text className="rewards__codes" onClick={() => void Taro.navigateTo({ url: ROUTES.redemptions })}>
          我的兑换码 ›
        </Text>
      </View>
      <ResourceView resource={shops} loadingTitle="正在加载积分超市…" errorTitle="没能加载积分超市">
        {(list) =>
          list.length === 0 ? (
            <StateView
              kind="empty"
              title="您的无废细胞还没有积分超市"
              description="可以换成附近有积分超市的小区或村庄，或请社区/村管理员开通。"
              actionText="更换我的无废细胞"
              onAction={() => void Taro.navigateTo({ url: ROUTES.homeCell })}
            />
          ) : (
            list.map(({ shop, rewards }) => (
              <View key={shop.id} className="card rewards__shop">
                <Text className="rewards__shop-name">{shop.name}</Text>
                {rewards.length === 0 ? <Text className="muted">暂时没有可兑换的商品，请过几天再来看看。</Text> : null}
                {rewards.map((reward) => (
                  <RewardCard
                    key={reward.id}
                    reward={reward}
                    balance={balance}
                    onRedeem={() => setChoice({ shop, reward })}
                  />
                ))}
              </View>
            ))
          )
        }
      </ResourceView>
      {choice ? (
        <ConfirmSheet
          choice={choice}
          balance={balance}
          busy={busy}
          onConfirm={() => void redeem()}
          onCancel={() => setChoice(null)}
        />
      ) : null}
    </View>
  );
}

function RewardsForUser({ user }: { user: UserResponse }) {
  if (user.homeCellId === null) {
    return <HomeCellNeeded description="积分超市按小区或村庄开设。设置您所在的无废细胞后，就能看到可兑换的商品。" />;
  }
  return <Rewards cellId={user.homeCellId} />;
}

export default function RewardsPage() {
  return (
    <PageShell className="rewards">
      <SessionGate>{(user) => <RewardsForUser user={user} />}</SessionGate>
    </PageShell>
  );
}
