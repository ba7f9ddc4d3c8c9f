import { randomUUID } from 'node:crypto';
import { REDEMPTION_CODE_ALPHABET } from '@zerowaste/shared';
import { createConnection } from 'mysql2/promise';
import { CONFIG, type Config } from '../../apps/api/src/config/config';
import { RedemptionExpiryJob } from '../../apps/api/src/modules/rewards/redemption-expiry.job';
import { RedemptionsService } from '../../apps/api/src/modules/rewards/redemptions.service';
import { expectLedgerConsistent } from './support/ledger';
import { addReward as addRewardTo, openShop as openShopIn, stockOf } from './support/shops';
import { seedCells, startTestApp, type TestApp, type SignedIn as Token } from './support/test-app';

type Entry = { kind: string; amount: number; refType: string | null; refId: number | null; balanceAfter: number };

const CODE = new RegExp(`^[${REDEMPTION_CODE_ALPHABET}]{8}$`);
const HOUR_MS = 3600_000;

/** Redeeming rewards for points: one transaction, one-time codes, refunds through new entries. */
describe('Redemptions', () => {
  let t: TestApp;
  let cellId: number;
  let admin: Token;
  let expiresAfterMs: number;

  beforeAll(async () => {
    t = await startTestApp();
    cellId = (await seedCells(t.dataSource, [{ key: 'v', name: '东三召村', type: 'village', lat: 37.0, lng: 114.7 }]))
      .v;
    admin = await t.signIn(['admin']);
    expiresAfterMs = t.app.get<Config>(CONFIG).points.redemption.expiresAfterHours * HOUR_MS;
  });
  afterAll(() => t.close());

  const give = async (user: Token, amount: number) => {
    const res = await t.postIdempotent('/api/points/adjustments', {
      token: admin.token,
      body: { userId: user.userId, amount, reason: '测试积分' },
    });
    expect(res.status).toBe(201);
  };
  const openShop = (name?: string) => openShopIn(t, admin, cellId, { name });
  const addReward = (shopId: number, cost: number, stock: number, name?: string) =>
    addRewardTo(t, admin, shopId, { cost, stock, name });
  const redeem = (user: Token, rewardId: number, key?: string) =>
    t.postIdempotent('/api/redemptions', { token: user.token, body: { rewardId }, key });
  const cancel = (user: Token, id: number, key?: string) =>
    t.postIdempotent(`/api/redemptions/${id}/cancel`, { token: user.token, key });
  const fulfil = (keeper: Token, code: string) =>
    t.request('POST', '/api/redemptions/fulfil', { token: keeper.token, body: { code } });
  const balance = async (user: Token) =>
    (await t.request('GET', '/api/points', { token: user.token })).json.balance as number;
  const entries = async (user: Token) =>
    (await t.request('GET', '/api/points/entries?pageSize=100', { token: user.token })).json.items as Entry[];
  const stock = (rewardId: number) => stockOf(t, rewardId);

  it('takes the cost and one unit of stock together and answers a one-time code', async () => {
    const { shopId } = await openShop('东三召村积分超市');
    const rewardId = await addReward(shopId, 30, 5);
    const user = await t.signIn();
    await give(user, 100);
    const before = Date.now();
    const res = await redeem(user, rewardId);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      status: 'pending',
      balance: 70,
      cost: 30,
      fulfilledAt: null,
      reward: { id: rewardId, name: '洗衣粉', cost: 30 },
      shop: { id: shopId, name: '东三召村积分超市' },
    });
    expect(res.json.code).toMatch(CODE);
    const expiresAt = Date.parse(res.json.expiresAt as string);
    expect(expiresAt).toBeGreaterThanOrEqual(before + expiresAfterMs - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + expiresAfterMs + 1000);
    expect(await stock(rewardId)).toBe(4);
    expect((await entries(user))[0]).toMatchObject({
      kind: 'redemption',
      amount: -30,
      balanceAfter: 70,
      refType: 'redemption',
      refId: res.json.id,
    });
  });

  it('replays the first answer for a retried redemption and charges once', async () => {
    const { shopId } = await openShop();
    const rewardId = await addReward(shopId, 10, 5);
    const user = await t.signIn();
    await give(user, 50);
    const key = randomUUID();
    const first = await redeem(user, rewardId, key);
    const again = await redeem(user, rewardId, key);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await balance(user)).toBe(40);
    expect(await stock(rewardId)).toBe(4);
    expect((await redeem(user, rewardId, key.slice(0, 8).concat('-other'))).status).toBe(201);
    const missingKey = await t.request('POST', '/api/redemptions', { token: user.token, body: { rewardId } });
    expect(missingKey.status).toBe(400);
    expect(missingKey.json.code).toBe('IDEMPOTENCY_KEY_MISSING');
  });

  it('lets exactly 10 of 50 concurrent redemptions through on a balance that covers 10', async () => {
    const { shopId } = await openShop();
    const rewardId = await addReward(shopId, 7, 100);
    const user = await t.signIn();
    await give(user, 70);
    const results = await Promise.all(Array.from({ length: 50 }, () => redeem(user, rewardId)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(40);
    expect(new Set(refused.map((r) => `${r.status} ${r.json.code}`))).toEqual(new Set(['409 INSUFFICIENT_POINTS']));
    expect(new Set(results.filter((r) => r.status === 201).map((r) => r.json.code)).size).toBe(10);
    expect(await balance(user)).toBe(0);
    expect(await stock(rewardId)).toBe(90);
    expect((await entries(user)).filter((e) => e.kind === 'redemption')).toHaveLength(10);
    await expectLedgerConsistent(t);
  });

  it('lets exactly 3 of 10 people have the last 3 units, and leaves the others their points', async () => {
    const { shopId } = await openShop();
    const rewardId = await addReward(shopId, 20, 3, '食用油');
    const users: Token[] = [];
    for (let i = 0; i < 10; i++) {
      const user = await t.signIn();
      await give(user, 500);
      users.push(user);
    }
    const results = await Promise.all(users.map((u) => redeem(u, rewardId)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    const losers = users.filter((_, i) => results[i].status !== 201);
    expect(losers).toHaveLength(7);
    for (const [i, r] of results.entries()) {
      if (r.status !== 201)
        expect({ i, status: r.status, code: r.json.code }).toEqual({ i, status: 409, code: 'OUT_OF_STOCK' });
    }
    expect(await stock(rewardId)).toBe(0);
    for (const loser of losers) {
      expect(await balance(loser)).toBe(500);
      expect(await entries(loser)).toHaveLength(1);
    }
    await expectLedgerConsistent(t);
  });

  it('answers 404 for an unknown or withdrawn reward and takes nothing', async () => {
    const { shopId } = await openShop();
    const rewardId = await addReward(shopId, 5, 5);
    const user = await t.signIn();
    await give(user, 20);
    expect((await redeem(user, 999999)).status).toBe(404);
    await t.request('PATCH', `/api/rewards/${rewardId}`, { token: admin.token, body: { active: false } });
    const res = await redeem(user, rewardId);
    expect({ status: res.status, code: res.json.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await balance(user)).toBe(20);
    expect(await stock(rewardId)).toBe(5);
  });

  it('cancels through new entries: the points and the unit come back, and a second cancel is refused', async () => {
    const { shopId, keeper } = await openShop();
    const rewardId = await addReward(shopId, 25, 2);
    const user = await t.signIn();
    await give(user, 40);
    const made = await redeem(user, rewardId);
    const id = made.json.id as number;
    expect((await cancel(await t.signIn(), id)).status).toBe(404);
    const key = randomUUID();
    const res = await cancel(user, id, key);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id, status: 'cancelled', balance: 40, code: made.json.code });
    expect((await cancel(user, id, key)).json).toEqual(res.json);
    const twice = await cancel(user, id);
    expect({ status: twice.status, code: twice.json.code }).toEqual({ status: 409, code: 'REDEMPTION_CLOSED' });
    expect((await entries(user)).map((e) => [e.kind, e.amount, e.refId])).toEqual([
      ['redemption_refund', 25, id],
      ['redemption', -25, id],
      ['adjustment', 40, null],
    ]);
    expect(await stock(rewardId)).toBe(2);
    expect((await fulfil(keeper, made.json.code as string)).status).toBe(409);
    await expectLedgerConsistent(t);
  });

  it('hands over once: of two simultaneous scans one succeeds and one is refused', async () => {
    const { shopId, keeper } = await openShop();
    const rewardId = await addReward(shopId, 10, 3, '鸡蛋一盒');
    const user = await t.signIn([], '李大爷');
    await give(user, 10);
    const made = await redeem(user, rewardId);
    const code = made.json.code as string;
    const typed = ` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `;
    const [a, b] = await Promise.all([fulfil(keeper, typed), fulfil(keeper, code)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const ok = a.status === 200 ? a : b;
    const refused = a.status === 200 ? b : a;
    expect(refused.json.code).toBe('REDEMPTION_CLOSED');
    expect(ok.json).toMatchObject({
      id: made.json.id,
      code,
      status: 'fulfilled',
      holderNickname: '李大爷',
      reward: { id: rewardId, name: '鸡蛋一盒', cost: 10 },
      shop: { id: shopId },
    });
    expect(Date.parse(ok.json.fulfilledAt as string)).toBeGreaterThan(Date.now() - 60_000);
    expect((await cancel(user, made.json.id as number)).status).toBe(409);
    expect(await balance(user)).toBe(0);
    expect(await stock(rewardId)).toBe(2);
  });

  it('refuses a shopkeeper a code of another shop, and the code still works at its own shop', async () => {
    const own = await openShop('甲店');
    const other = await openShop('乙店');
    const rewardId = await addReward(own.shopId, 5, 5);
    const user = await t.signIn();
    await give(user, 5);
    const code = (await redeem(user, rewardId)).json.code as string;
    const res = await fulfil(other.keeper, code);
    expect(res.status).toBe(404);
    expect(res.json.message).toMatch(/not a code of your shop/);
    expect((await fulfil(own.keeper, code)).status).toBe(200);
    expect((await fulfil(own.keeper, 'ZZZZZZZZ')).status).toBe(404);
  });

  it('expires and refunds an unfulfilled redemption once it is due, after which its code no longer works', async () => {
    const { shopId, keeper } = await openShop();
    const rewardId = await addReward(shopId, 15, 1);
    const user = await t.signIn();
    await give(user, 15);
    const made = await redeem(user, rewardId);
    const id = made.json.id as number;
    const service = t.app.get(RedemptionsService);
    expect(await service.expireDue(new Date(Date.now() + expiresAfterMs - 60_000))).toBe(0);
    expect(await balance(user)).toBe(0);
    const due = new Date(Date.now() + expiresAfterMs + 60_000);
    // Other tests' pending redemptions are due as well; this one is among them, and a second run finds none.
    expect(await service.expireDue(due)).toBeGreaterThanOrEqual(1);
    expect(await service.expireDue(due)).toBe(0);
    expect(await balance(user)).toBe(15);
    expect(await stock(rewardId)).toBe(1);
    expect((await entries(user))[0]).toMatchObject({ kind: 'redemption_refund', amount: 15, refId: id });
    const mine = await t.request('GET', `/api/redemptions/${id}`, { token: user.token });
    expect(mine.json.status).toBe('expired');
    const late = await fulfil(keeper, made.json.code as string);
    expect({ status: late.status, code: late.json.code }).toEqual({ status: 409, code: 'REDEMPTION_CLOSED' });
    expect((await cancel(user, id)).status).toBe(409);
    await expectLedgerConsistent(t);
  });

  it('runs the expiry job under a database lock that only one replica can hold', async () => {
    const { shopId } = await openShop();
    const rewardId = await addReward(shopId, 3, 2);
    const user = await t.signIn();
    await give(user, 3);
    await redeem(user, rewardId);
    const job = t.app.get(RedemptionExpiryJob);
    const due = new Date(Date.now() + expiresAfterMs + 60_000);
    if (process.env.DB_URL) {
      // Another replica holds the lock: this one skips the run.
      const schema = (t.app.get<Config>(CONFIG).db as { url: string }).url;
      const other = await createConnection(schema);
      try {
        await other.query("SELECT GET_LOCK('zerowaste:expire-redemptions', 0)");
        expect(await job.runOnce(due)).toBeNull();
        expect(await balance(user)).toBe(0);
      } finally {
        await other.query("SELECT RELEASE_LOCK('zerowaste:expire-redemptions')");
        await other.end();
      }
    }
    expect(await job.runOnce(due)).toBeGreaterThanOrEqual(1);
    expect(await balance(user)).toBe(3);
  });

  it("shows a redemption to its holder and, without the code, to its shop's shopkeeper; to nobody else", async () => {
    const own = await openShop();
    const other = await openShop();
    const rewardId = await addReward(own.shopId, 4, 5);
    const user = await t.signIn();
    await give(user, 8);
    const made = await redeem(user, rewardId);
    const id = made.json.id as number;
    const path = `/api/redemptions/${id}`;
    expect((await t.request('GET', path, { token: user.token })).json).toMatchObject({ id, code: made.json.code });
    const seenByKeeper = await t.request('GET', path, { token: own.keeper.token });
    expect(seenByKeeper.status).toBe(200);
    expect(seenByKeeper.json.code).toBeNull();
    const stranger = await t.signIn();
    expect((await t.request('GET', path, { token: stranger.token })).status).toBe(404);
    expect((await t.request('GET', path, { token: other.keeper.token })).status).toBe(404);
    expect((await t.request('GET', '/api/redemptions/999999', { token: user.token })).status).toBe(404);
    const asResident = await fulfil(user, made.json.code as string);
    expect({ status: asResident.status, code: asResident.json.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await t.request('GET', '/api/redemptions', { token: stranger.token })).json.total).toBe(0);
  });

  it('lists my redemptions newest first, filtered by status', async () => {
    const { shopId } = await openShop();
    const rewardId = await addReward(shopId, 1, 10);
    const user = await t.signIn();
    await give(user, 3);
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push((await redeem(user, rewardId)).json.id as number);
    await cancel(user, ids[1]);
    const all = await t.request('GET', '/api/redemptions', { token: user.token });
    expect((all.json.items as { id: number }[]).map((r) => r.id)).toEqual([...ids].reverse());
    expect((all.json.items as { code: string }[]).every((r) => CODE.test(r.code))).toBe(true);
    const pending = await t.request('GET', '/api/redemptions?status=pending', { token: user.token });
    expect((pending.json.items as { id: number }[]).map((r) => r.id)).toEqual([ids[2], ids[0]]);
    const page = await t.request('GET', '/api/redemptions?pageSize=1&page=3', { token: user.token });
    expect((page.json.items as { id: number }[]).map((r) => r.id)).toEqual([ids[0]]);
    expect((await t.request('GET', '/api/redemptions?status=lost', { token: user.token })).status).toBe(400);
  });
});
