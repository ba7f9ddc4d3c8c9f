import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { CellResponse, CreateRewardRequest, RewardResponse, ShopResponse, UserResponse } from '@zerowaste/shared';
import { useCallback, useEffect, useState } from 'react';
import { CellHeader } from '@/components/cell-header';
import { FieldInput, FormField } from '@/components/form-field';
import { LocationField, type PickedPlace, startingPlace } from '@/components/location-field';
import { ManagedCellPage } from '@/components/managed-cell';
import { ResourceView } from '@/components/resource-view';
import { Sheet } from '@/components/sheet';
import { StateView } from '@/components/state-view';
import { SubmitButton } from '@/components/submit-button';
import { useAction } from '@/hooks/use-action';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useResource } from '@/hooks/use-resource';
import { createReward, createShop, listShopShelf, listShops, updateReward } from '@/services/rewards';
import { listUsers } from '@/services/users';
import { confirmAction } from '@/utils/confirm';
import { hasRole } from '@/utils/roles';
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
  return Promise.all(shops.map(async (shop) => ({ shop, rewards: (await listShopShelf(shop.id, 1, 100)).items })));
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

  /** Off the shelf (residents no longer see it) or back on it; stock and redemptions stay. */
  const toggle = async (current: RewardResponse) => {
    if (
      current.active &&
      !(await confirmAction('下架商品', `「${current.name}」下架后居民看不到也不能兑换，已兑换的不受影响。`, '下架'))
    ) {
      return;
    }
    const saved = await action.run(
      () => updateReward(current.id, { active: !current.active }),
      current.active ? '已下架' : '已重新上架',
    );
    if (saved) onDone();
  };

  return (
    <Sheet title={reward ? '修改商品' : '上架商品'} subtitle={`「${shop.name}」`} busy={action.busy} onClose={onClose}>
      <FormField label="商品名称" error={problem === 'name' ? '请填写商品名称（1–64 个字）' : null}>
        <FieldInput
          value={name}
          placeholder="如：洗衣粉 500 克"
          maxlength={64}
          onChange={(value) => {
            setName(value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField
        label="所需积分"
        hint="每件要多少积分"
        error={problem === 'cost' ? `请填 1 到 ${MAX_COST} 之间的整数` : null}
      >
        <FieldInput
          value={cost}
          placeholder="如：50"
          kind="number"
          onChange={(value) => {
            setCost(value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField
        label="库存"
        hint={reward ? '填货架上现在还有几件；已兑换未领取的不用算在内' : '现在有几件可以兑换；填 0 表示暂时兑完'}
        error={problem === 'stock' ? `请填 0 到 ${MAX_STOCK} 之间的整数` : null}
      >
        <FieldInput
          value={stock}
          placeholder="如：20"
          kind="number"
          onChange={(value) => {
            setStock(value);
            setProblem(null);
          }}
        />
      </FormField>
      <SubmitButton
        className="shop__submit"
        busy={action.busy}
        busyText="正在保存…"
        text={reward ? '保存' : '上架'}
        onClick={() => void submit()}
      />
      {reward ? (
        <Button
          className={`btn ${reward.active ? 'btn--danger' : 'btn--ghost'} shop__toggle`}
          disabled={action.busy || undefined}
          onClick={() => void toggle(reward)}
        >
          {reward.active ? '下架' : '重新上架'}
        </Button>
      ) : null}
    </Sheet>
  );
}

/** Finds the user who will run the shop (admins only: the user list is theirs). */
function ShopkeeperSearch({ picked, onPick }: { picked: UserResponse | null; onPick: (user: UserResponse) => void }) {
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q.trim(), 300);
  const [found, setFound] = useState<UserResponse[]>([]);
  useEffect(() => {
    let current = true;
    if (!search) {
      setFound([]);
      return;
    }
    listUsers({ q: search, page: 1 }).then(
      (page) => {
        if (current) setFound(page.items.slice(0, 5));
      },
      () => {
        if (current) setFound([]);
      },
    );
    return () => {
      current = false;
    };
  }, [search]);
  return (
    <View>
      <FieldInput value={q} placeholder={picked ? '输入昵称换一位店主' : '输入店主的昵称查找'} onChange={setQ} />
      {picked && found.length === 0 ? (
        <View className="shop__keeper shop__keeper--picked">
          <Text className="shop__keeper-name">{picked.nickname}</Text>
          <Text className="shop__keeper-id">已选 · 编号 {picked.id}</Text>
        </View>
      ) : null}
      {found.map((user) => (
        <View
          key={user.id}
          className={`shop__keeper${picked?.id === user.id ? ' shop__keeper--picked' : ''}`}
          onClick={() => {
            onPick(user);
            setQ('');
          }}
        >
          <Text className="shop__keeper-name">{user.nickname}</Text>
          <Text className="shop__keeper-id">编号 {user.id}</Text>
        </View>
      ))}
    </View>
  );
}

/** An admin opens a points shop in the cell: its name, where it is, and who runs it. */
function OpenShopSheet({ cell, onClose, onDone }: { cell: CellResponse; onClose: () => void; onDone: () => void }) {
  const [name, setName] = useState('');
  const [place, setPlace] = useState<PickedPlace | null>(startingPlace(cell.location, '细胞位置'));
  const [keeper, setKeeper] = useState<UserResponse | null>(null);
  const [problem, setProblem] = useState<'name' | 'location' | 'keeper' | null>(null);
  const action = useAction();

  const submit = async () => {
    if (!name.trim()) return setProblem('name');
    if (!place) return setProblem('location');
    if (!keeper) return setProblem('keeper');
    setProblem(null);
    const shop = await action.run(
      () =>
        createShop({
          name: name.trim(),
          cellId: cell.id,
          lat: place.point.lat,
          lng: place.point.lng,
          shopkeeperUserId: keeper.id,
        }),
      '已开设',
    );
    if (shop) onDone();
  };

  return (
    <Sheet
      title="开设积分超市"
      subtitle={`「${cell.name}」的居民可在这里用积分兑换商品`}
      busy={action.busy}
      onClose={onClose}
    >
      <FormField label="名称" error={problem === 'name' ? '请填写名称（1–64 个字）' : null}>
        <FieldInput
          value={name}
          placeholder={`如：${cell.name}积分兑换站`}
          maxlength={64}
          onChange={(value) => {
            setName(value);
            setProblem(null);
          }}
        />
      </FormField>
      <FormField label="位置" error={problem === 'location' ? '请选择积分超市的位置' : null}>
        <LocationField value={place} onChange={setPlace} />
      </FormField>
      <FormField
        label="店主"
        hint="店主会获得这家积分超市的店主角色，用来核销兑换码"
        error={problem === 'keeper' ? '请选择店主' : null}
      >
        <ShopkeeperSearch
          picked={keeper}
          onPick={(user) => {
            setKeeper(user);
            setProblem(null);
          }}
        />
      </FormField>
      <SubmitButton
        className="shop__submit"
        busy={action.busy}
        busyText="正在开设…"
        text="开设"
        onClick={() => void submit()}
      />
    </Sheet>
  );
}

function RewardRow({ reward, onEdit }: { reward: RewardResponse; onEdit: () => void }) {
  const soldOut = reward.stock <= 0;
  return (
    <View className={`shop__reward${reward.active ? '' : ' shop__reward--withdrawn'}`} onClick={onEdit}>
      <View className="shop__glyph">{Array.from(reward.name)[0]}</View>
      <View className="shop__reward-main">
        <Text className="shop__reward-name">{reward.name}</Text>
        <Text className="shop__reward-cost">{reward.cost} 积分</Text>
      </View>
      <Text className={`shop__stock${soldOut || !reward.active ? ' shop__stock--out' : ''}`}>
        {reward.active ? (soldOut ? '已兑完' : `库存 ${reward.stock}`) : '已下架'}
      </Text>
      <Text className="shop__chevron">›</Text>
    </View>
  );
}

interface Editing {
  shop: ShopResponse;
  reward: RewardResponse | null;
}

function Shops({ cell, admin }: { cell: CellResponse; admin: boolean }) {
  const load = useCallback(() => loadShops(cell.id), [cell.id]);
  const shops = useResource(load);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [opening, setOpening] = useState(false);
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
              description={
                admin
                  ? '开设积分超市并指定一位店主核销兑换码，之后细胞管理员可以在这里上架商品、管理库存。'
                  : '开设积分超市要指定一位店主来核销兑换码，请联系市级管理员开设。开设后可在这里上架商品、管理库存。'
              }
              actionText={admin ? '开设积分超市' : undefined}
              onAction={() => setOpening(true)}
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
      {admin && shops.data?.length ? (
        <Button className="btn btn--plain shop__open" onClick={() => setOpening(true)}>
          再开设一个积分超市
        </Button>
      ) : null}
      {opening ? (
        <OpenShopSheet
          cell={cell}
          onClose={() => setOpening(false)}
          onDone={() => {
            setOpening(false);
            void shops.reload();
          }}
        />
      ) : null}
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
  return (
    <ManagedCellPage className="shop">
      {(cell, user) => <Shops cell={cell} admin={hasRole(user, 'admin')} />}
    </ManagedCellPage>
  );
}
