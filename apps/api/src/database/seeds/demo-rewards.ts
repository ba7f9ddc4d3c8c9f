import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { LedgerEntry } from '../../modules/points/ledger-entry.entity';
import { PointsAccount } from '../../modules/points/points-account.entity';
import { Reward } from '../../modules/rewards/reward.entity';
import { Shop } from '../../modules/rewards/shop.entity';
import { RoleGrantEntity } from '../../modules/users/role-grant.entity';
import type { DemoSeedContext } from './demo-seed';

/** The demo shops, GCJ-02 beside their cells, with goods and stock a village shop really keeps. */
const DEMO_SHOPS = [
  {
    name: '东三召村积分超市',
    cell: 'village',
    lat: 36.9987,
    lng: 114.7121,
    rewards: [
      { name: '环保购物袋', cost: 10, stock: 100 },
      { name: '毛巾', cost: 20, stock: 50 },
      { name: '洗衣粉', cost: 30, stock: 40 },
      { name: '鸡蛋一盒', cost: 50, stock: 30 },
      { name: '食用油', cost: 80, stock: 20 },
    ],
  },
  {
    name: '幸福里积分兑换站',
    cell: 'community',
    lat: 37.0734,
    lng: 114.5058,
    rewards: [
      { name: '垃圾袋一卷', cost: 15, stock: 80 },
      { name: '抽纸一提', cost: 25, stock: 60 },
      { name: '洗洁精', cost: 35, stock: 30 },
    ],
  },
] as const;

/** Starting points, so that a demo can redeem at once. */
const DEMO_POINTS = [
  { openid: 'demo-resident', amount: 120 },
  { openid: 'demo-villager', amount: 200 },
] as const;

/** The points shops, their rewards, demo-shopkeeper scoped to both shops, and starting points. */
export async function seedDemoRewards({ em, cellId, userId }: DemoSeedContext): Promise<void> {
  const shopkeeper = userId('demo-shopkeeper');
  // The unscoped grant the base seed gave them covers no shop: the scoped ones below replace it.
  await em.delete(RoleGrantEntity, { userId: shopkeeper, role: 'shopkeeper', scopeKind: IsNull() });
  for (const { rewards, cell, ...fields } of DEMO_SHOPS) {
    const shop = await em.save(
      Shop,
      em.create(Shop, { ...fields, cellId: cellId(cell), shopkeeperUserId: shopkeeper, active: true }),
    );
    await em.insert(RoleGrantEntity, { userId: shopkeeper, role: 'shopkeeper', scopeKind: 'shop', scopeId: shop.id });
    await em.insert(
      Reward,
      rewards.map((r) => ({ ...r, shopId: shop.id, photoUrl: null, active: true })),
    );
  }
  for (const { openid, amount } of DEMO_POINTS) await grantStartingPoints(em, userId(openid), amount);
}

// The seed runs before any account exists, so the balance is simply the one entry it writes.
async function grantStartingPoints(em: EntityManager, userId: number, amount: number): Promise<void> {
  const account = await em.save(
    PointsAccount,
    em.create(PointsAccount, { userId, householdCardId: null, balance: amount }),
  );
  await em.insert(LedgerEntry, {
    accountId: account.id,
    kind: 'adjustment',
    amount,
    balanceAfter: amount,
    refType: null,
    refId: null,
    actorUserId: null,
    note: '演示积分',
  });
}
