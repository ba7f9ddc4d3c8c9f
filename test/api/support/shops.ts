import type { SignedIn, TestApp } from './test-app';

/** Opens a points shop in a cell, run by a new shopkeeper. */
export async function openShop(
  t: TestApp,
  by: SignedIn,
  cellId: number,
  { name = '积分超市', keeperName = '刘店主' }: { name?: string; keeperName?: string } = {},
): Promise<{ shopId: number; shop: Record<string, unknown>; keeper: SignedIn }> {
  const keeper = await t.signIn([], keeperName);
  const res = await t.request('POST', '/api/shops', {
    token: by.token,
    body: { name, cellId, lat: 37.001, lng: 114.701, shopkeeperUserId: keeper.userId },
  });
  expect(res.status).toBe(201);
  return { shopId: res.json.id as number, shop: res.json, keeper };
}

/** Adds a reward to a shop and answers its id. */
export async function addReward(
  t: TestApp,
  by: SignedIn,
  shopId: number,
  { cost, stock, name = '洗衣粉' }: { cost: number; stock: number; name?: string },
): Promise<number> {
  const res = await t.request('POST', `/api/shops/${shopId}/rewards`, { token: by.token, body: { name, cost, stock } });
  expect(res.status).toBe(201);
  return res.json.id as number;
}

/** A reward's stock, read from the database. */
export async function stockOf(t: TestApp, rewardId: number): Promise<number> {
  const rows: { stock: number }[] = await t.dataSource.query('SELECT stock FROM rewards WHERE id = ?', [rewardId]);
  return Number(rows[0].stock);
}
