import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { CellResponse, CreateRewardRequest, RewardResponse, ShopResponse } from '@zerowaste/shared';
import { useCallback, useState } from 'react';
import { CellHeader } from '@/components/cell-header';
import { FormField } from '@/components/form-field';
import { ManagedCell } from '@/components/managed-cell';
import { PageShell } from '@/components/page-shell';
import { ResourceView } from '@/components/resource-view';
import { SessionGate } from '@/components/session-gate';
import { Sheet } from '@/components/sheet';
import { StateView } from '@/components/state-view';
import { useAction } from '@/hooks/use-action';
import { useResource } from '@/hooks/use-resource';
import { createReward, listRewards, listShops, updateReward } from '@/services/rewards';
import './index.scss';

// The API's bounds on a reward (CreateRewardRequest): 1–100,000 points, 0–100,000 units.
const MAX_COST = 100_000;
const MAX_STOCK = 100_000;

interface ShopWithRewards {
  shop: ShopResponse;
  rewards: RewardResponse[];
}

async function loadShops(cellId: number): Promise<ShopWithRewards[]> {
  const shops = (await listShops({ cellId, pageSize: 20 })).items;
  return Promise.all(shops.map(async (shop) => ({ shop, rewards: (await listRewards(shop.id, 1, 100)).items })));
}

/** A whole number within bounds, or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

type Problem = 'name' | 'cost' | 'stock';

/** Add a reward to a shop, or change one: name, cost in points, and the units on the shelf now. */
function RewardSheet({
  shop,
  reward,
  onClose,
  onDone,
}: {
  shop: ShopResponse;
  reward: RewardResponse | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [name, setName] = useState(reward?.name ?? '');
  const [cost, setCost] = useState(reward ? String(reward.cost) : '');
  const [stock, setStock] = useState(reward ? String(reward.stock) : '');
  const [problem, setProblem] = useState<Problem | null>(null);
  const action = useAction();

  const submit = async () => {
    const body: CreateRewardRequest = {
      name: name.trim(),
      cost: wholeNumber(cost, 1, MAX_COST) ?? Number.NaN,
      stock: wholeNumber(stock, 0, MAX_STOCK) ?? Number.NaN,
    };
    if (!body.name) return setProblem('name');
    if (Number.isNaN(body.cost)) return setProblem('cost');
    if (Number.isNaN(body.stock)) return setProblem('stock');
    setProblem(null);
    const saved = await action.run(
      () => (reward ? updateReward(reward.id, body) : createReward(shop.id, body)),
      reward ? '已保存' : '已上架',
    );
    if (saved) onDone();
  };

  return (
    <Sheet title={reward ? '修改商品' : '上架商品'} subtitle={`「${shop.name}」`} busy={action.busy} onClose={onClose}>
      <FormField label="商品名称" error={problem === 'name' ? '请填写商品名称（1–64 个字）' : null}>
        <Input
          className="form-field__input"
          value={name}
          maxlength={64}
          placeholder="如：洗衣粉 500 克"
          onInput={(event) => {
            setName(event.detail.value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField
        label="所需积分"
        hint="每件要多少积分"
        error={problem === 'cost' ? `请填 1 到 ${MAX_COST} 之间的整数` : null}
      >
        <Input
          className="form-field__input"
          type="number"
          value={cost}
          placeholder="如：50"
          onInput={(event) => {
            setCost(event.detail.value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField
        label="库存"
        hint={reward ? '填货架上现在还有几件；已兑换未领取的不用算在内' : '现在有几件可以兑换；填 0 表示暂时兑完'}
        error={problem === 'stock' ? `请填 0 到 ${MAX_STOCK} 之间的整数` : null}
      >
        <Input
          className="form-field__input"
          type="number"
          value={stock}
          placeholder="如：20"
          onInput={(event) => {
            setStock(event.detail.value);
            setProblem(null);
          }}
        />
      </FormField>
      <Button
        className={`btn btn--primary shop__submit${action.busy ? ' btn--disabled' : ''}`}
        disabled={action.busy || undefined}
        onClick={() => void submit()}
      >
        {action.busy ? '正在保存…' : reward ? '保存' : '上架'}
      </Button>
    </Sheet>
  );
}

function RewardRow({ reward, onEdit }: { reward: RewardResponse; onEdit: () => void }) {
  const soldOut = reward.stock <= 0;
  return (
    <View className="shop__reward" onClick={onEdit}>
      <View className="shop__glyph">{Array.from(reward.name)[0]}</View>
      <View className="shop__reward-main">
        <Text className="shop__reward-name">{reward.name}</Text>
        <Text className="shop__reward-cost">{reward.cost} 积分</Text>
      </View>
      <Text className={`shop__stock${soldOut ? ' shop__stock--out' : ''}`}>
        {soldOut ? '已兑完' : `库存 ${reward.stock}`}
      </Text>
      <Text className="shop__chevron">›</Text>
    </View>
  );
}

interface Editing {
  shop: ShopResponse;
  reward: RewardResponse | null;
}

function Shops({ cell }: { cell: CellResponse }) {
  const load = useCallback(() => loadShops(cell.id), [cell.id]);
  const shops = useResource(load);
  const [editing, setEditing] = useState<Editing | null>(null);
  usePullDownRefresh(() => {
    void shops.reload().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View>
      <CellHeader cell={cell} subtitle="积分超市 · 居民用投放得来的积分兑换商品" />
      <ResourceView resource={shops} loadingTitle="正在加载积分超市…" errorTitle="没能加载积分超市">
        {(list) =>
          list.length === 0 ? (
            <StateView
              kind="empty"
              icon="店"
              title="这个细胞还没有积分超市"
              description="开设积分超市要指定一位店主来核销兑换码，请联系市级管理员开设。开设后可在这里上架商品、管理库存。"
            />
          ) : (
            list.map(({ shop, rewards }) => (
              <View key={shop.id} className="card shop__card">
                <View className="shop__head">
                  <Text className="shop__name">{shop.name}</Text>
                  <Text className="shop__count">{rewards.length} 种商品</Text>
                </View>
                {rewards.length === 0 ? (
                  <Text className="shop__empty">还没有上架商品。上架后居民就能用积分兑换。</Text>
                ) : (
                  rewards.map((reward) => (
                    <RewardRow key={reward.id} reward={reward} onEdit={() => setEditing({ shop, reward })} />
                  ))
                )}
                <Button className="btn btn--ghost shop__add" onClick={() => setEditing({ shop, reward: null })}>
                  ＋ 上架商品
                </Button>
              </View>
            ))
          )
        }
      </ResourceView>
      {editing ? (
        <RewardSheet
          shop={editing.shop}
          reward={editing.reward}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            void shops.reload();
          }}
        />
      ) : null}
    </View>
  );
}

export default function ManageShopPage() {
  const cellId = Number(useRouter().params.cellId);
  return (
    <PageShell className="shop">
      <SessionGate>{() => <ManagedCell cellId={cellId}>{(cell) => <Shops cell={cell} />}</ManagedCell>}</SessionGate>
    </PageShell>
  );
}
