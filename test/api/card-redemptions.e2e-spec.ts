import { randomUUID } from 'node:crypto';
import { Redemption } from '../../apps/api/src/modules/rewards/redemption.entity';
import { expectLedgerConsistent } from './support/ledger';
import { addReward as addRewardTo, openShop as openShopIn, stockOf } from './support/shops';
import { seedCells, startTestApp, type TestApp, type SignedIn as Who } from './support/test-app';

type Json = Record<string, unknown>;
type Entry = { kind: string; amount: number; balanceAfter: number; refType: string | null; refId: number | null };

/** A household card (no phone) earns at the bins and spends at its village shop, handed over at once. */
describe('Household cards at the points shop', () => {
  let t: TestApp;
  let cells: Record<string, number>;
  let admin: Who;
  let managerV: Who;
  let inspectorV: Who;
  let inspectorW: Who;
  const stations: Record<number, Json> = {};

  beforeAll(async () => {
    t = await startTestApp();
    cells = await seedCells(t.dataSource, [
      { key: 'v', name: '东三召村', type: 'village', lat: 37.0, lng: 114.7 },
      { key: 'w', name: '西三召村', type: 'village', lat: 37.01, lng: 114.71 },
    ]);
    admin = await t.signIn(['admin']);
    managerV = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cells.v }]);
    inspectorV = await t.signIn([{ role: 'inspector', scopeKind: 'cell', scopeId: cells.v }], '东村督导');
    inspectorW = await t.signIn([{ role: 'inspector', scopeKind: 'cell', scopeId: cells.w }], '西村督导');
    for (const cellId of [cells.v, cells.w]) {
      const res = await t.request('POST', '/api/bins', {
        token: admin.token,
        body: { cellId, name: '村口分类站', lat: 37.0, lng: 114.7 },
      });
      expect(res.status).toBe(201);
      stations[cellId] = res.json;
    }
  });
  afterAll(() => t.close());

  const newCard = async (holderName: string, cellId = cells.v): Promise<Json> => {
    const res = await t.request('POST', `/api/cells/${cellId}/household-cards`, {
      token: admin.token,
      body: { holderName },
    });
    expect(res.status).toBe(201);
    return res.json;
  };
  /** The card's inspector records one drop per category at the station of the card's cell. */
  const earn = async (card: Json, categories: string[]): Promise<number> => {
    const inspector = card.cellId === cells.v ? inspectorV : inspectorW;
    let balance = 0;
    for (const category of categories) {
      const res = await t.postIdempotent('/api/drops', {
        token: inspector.token,
        body: { qr: stations[card.cellId as number].qr, category, householdCard: card.qr },
      });
      expect(res.status).toBe(201);
      balance = res.json.balance as number;
    }
    return balance;
  };
  const openShop = (name = '东三召村积分超市', cellId = cells.v) => openShopIn(t, admin, cellId, { name });
  const addReward = (shopId: number, cost: number, stock: number, name?: string) =>
    addRewardTo(t, admin, shopId, { cost, stock, name });
  const redeemCard = (keeper: Who, qr: unknown, rewardId: number, key?: string | null) =>
    t.postIdempotent('/api/redemptions/card', { token: keeper.token, body: { householdCard: qr, rewardId }, key });
  const cardEntries = (who: Who, card: Json, query = '') =>
    t.request('GET', `/api/household-cards/${card.id}/entries${query}`, { token: who.token });
  const cardBalance = async (card: Json) => {
    const res = await t.request('GET', `/api/cells/${card.cellId}/household-cards?pageSize=100`, {
      token: admin.token,
    });
    return (res.json.items as Json[]).find((c) => c.id === card.id)?.balance;
  };
  const stock = (rewardId: number) => stockOf(t, rewardId);
  const redemptionCount = () => t.dataSource.getRepository(Redemption).count();

  it("earns through an inspector's drop, then redeems at its village shop and gets the goods at once", async () => {
    const card = await newCard('3 排 5 号 李大爷');
    expect(await earn(card, ['recyclable'])).toBe(2);
    const dropId = ((await cardEntries(managerV, card)).json.items as Entry[])[0].refId;
    const verdict = await t.postIdempotent(`/api/drops/${dropId}/verdict`, {
      token: inspectorV.token,
      body: { verdict: 'correct' },
    });
    expect(verdict.json.bonus).toBe(1);
    const { shopId, keeper } = await openShop();
    const rewardId = await addReward(shopId, 3, 5);

    const res = await redeemCard(keeper, card.qr, rewardId);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      status: 'fulfilled',
      code: null,
      cost: 3,
      balance: 0,
      holderName: '3 排 5 号 李大爷',
      householdCardId: card.id,
      reward: { id: rewardId, name: '洗衣粉', cost: 3 },
      shop: { id: shopId, name: '东三召村积分超市' },
    });
    expect(Date.parse(res.json.fulfilledAt as string)).toBeGreaterThan(Date.now() - 60_000);
    const stored = await t.dataSource.getRepository(Redemption).findOneByOrFail({ id: res.json.id as number });
    expect(stored).toMatchObject({
      status: 'fulfilled',
      requestedByUserId: keeper.userId,
      fulfilledByUserId: keeper.userId,
    });
    expect(await stock(rewardId)).toBe(4);
    expect(await cardBalance(card)).toBe(0);
    const entries = (await cardEntries(managerV, card)).json.items as Entry[];
    expect(entries.map((e) => [e.kind, e.amount, e.balanceAfter])).toEqual([
      ['redemption', -3, 0],
      ['drop_bonus', 1, 3],
      ['drop', 2, 2],
    ]);
    expect(entries[0]).toMatchObject({ refType: 'redemption', refId: res.json.id });

    // The card's points, not the shopkeeper's: the shopkeeper's own balance and redemptions are untouched.
    expect((await t.request('GET', '/api/points', { token: keeper.token })).json.balance).toBe(0);
    expect((await t.request('GET', '/api/redemptions', { token: keeper.token })).json.total).toBe(0);
    const seen = await t.request('GET', `/api/redemptions/${res.json.id}`, { token: keeper.token });
    expect(seen.json).toMatchObject({ status: 'fulfilled', shop: { id: shopId } });
    await expectLedgerConsistent(t);
  });

  it('refuses a redemption the card cannot afford with 409 and changes nothing', async () => {
    const card = await newCard('4 排 1 号 张奶奶');
    await earn(card, ['food']);
    const { shopId, keeper } = await openShop();
    const rewardId = await addReward(shopId, 5, 3, '食用油');
    const before = await redemptionCount();
    const res = await redeemCard(keeper, card.qr, rewardId);
    expect({ status: res.status, code: res.json.code }).toEqual({ status: 409, code: 'INSUFFICIENT_POINTS' });
    expect(await cardBalance(card)).toBe(2);
    expect(await stock(rewardId)).toBe(3);
    expect(await redemptionCount()).toBe(before);
    expect((await cardEntries(managerV, card)).json.total).toBe(1);
    await expectLedgerConsistent(t);
  });

  it('answers 404 to the shopkeeper of another shop, and for a reward that is gone; 403 to a resident', async () => {
    const card = await newCard('5 排 2 号 赵大爷');
    await earn(card, ['residual', 'hazardous']);
    const { shopId } = await openShop();
    const other = await openShop('东三召村第二超市');
    const rewardId = await addReward(shopId, 1, 2);
    const before = await redemptionCount();
    for (const res of [
      await redeemCard(other.keeper, card.qr, rewardId),
      await redeemCard(other.keeper, card.qr, 999999),
    ]) {
      expect({ status: res.status, code: res.json.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
    const resident = await t.signIn();
    expect((await redeemCard(resident, card.qr, rewardId)).status).toBe(403);
    expect(await cardBalance(card)).toBe(4);
    expect(await stock(rewardId)).toBe(2);
    expect(await redemptionCount()).toBe(before);
  });

  it('refuses a card of another cell with 400 naming householdCard: a village shop serves its own villagers', async () => {
    const card = await newCard('西村 1 排 1 号 孙大娘', cells.w);
    expect(await earn(card, ['recyclable'])).toBe(2);
    const { shopId, keeper } = await openShop();
    const rewardId = await addReward(shopId, 1, 2);
    const res = await redeemCard(keeper, card.qr, rewardId);
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ field: 'householdCard' })]);
    expect(await cardBalance(card)).toBe(2);
    expect(await stock(rewardId)).toBe(2);
  });

  it('refuses a retired or replaced card with 410 and a forged one with 422, and takes the new card', async () => {
    const retired = await newCard('6 排 3 号 周大爷');
    await earn(retired, ['food']);
    const lost = await newCard('6 排 4 号 吴奶奶');
    await earn(lost, ['food']);
    await t.request('DELETE', `/api/household-cards/${retired.id}`, { token: managerV.token });
    const replaced = await t.request('POST', `/api/household-cards/${lost.id}/reissue`, { token: managerV.token });
    const { shopId, keeper } = await openShop();
    const rewardId = await addReward(shopId, 1, 5);
    for (const qr of [retired.qr, lost.qr]) {
      const res = await redeemCard(keeper, qr, rewardId);
      expect({ status: res.status, code: res.json.code }).toEqual({ status: 410, code: 'QR_RETIRED' });
    }
    const qr = String(replaced.json.qr);
    const sig = qr.slice(-16);
    for (const forged of [qr.replace(sig, `${sig.slice(0, 15)}${sig[15] === 'x' ? 'y' : 'x'}`), stations[cells.v].qr]) {
      const res = await redeemCard(keeper, forged, rewardId);
      expect({ status: res.status, code: res.json.code }).toEqual({ status: 422, code: 'QR_INVALID' });
    }
    expect(await stock(rewardId)).toBe(5);
    const res = await redeemCard(keeper, qr, rewardId);
    expect(res.json).toMatchObject({ status: 'fulfilled', balance: 1, householdCardId: lost.id });
    await expectLedgerConsistent(t);
  });

  it('replays a retried card redemption: the same answer, one entry, one unit', async () => {
    const card = await newCard('7 排 6 号 郑大爷');
    await earn(card, ['recyclable', 'food', 'residual']);
    const { shopId, keeper } = await openShop();
    const rewardId = await addReward(shopId, 2, 5, '肥皂');
    const key = randomUUID();
    const first = await redeemCard(keeper, card.qr, rewardId, key);
    expect(first.status).toBe(201);
    const again = await redeemCard(keeper, card.qr, rewardId, key);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const otherBody = await redeemCard(keeper, card.qr, 999999, key);
    expect(otherBody.status).toBe(422);
    expect(await cardBalance(card)).toBe(4);
    expect(await stock(rewardId)).toBe(4);
    const entries = (await cardEntries(managerV, card)).json.items as Entry[];
    expect(entries.filter((e) => e.kind === 'redemption')).toHaveLength(1);
    const missingKey = await redeemCard(keeper, card.qr, rewardId, null);
    expect(missingKey.json.code).toBe('IDEMPOTENCY_KEY_MISSING');
    await expectLedgerConsistent(t);
  });

  it("shows a card's history, newest first, to its cell's staff and to nobody else", async () => {
    const card = await newCard('8 排 8 号 钱大娘');
    await earn(card, ['recyclable', 'food', 'hazardous']);
    const { keeper } = await openShop();
    const elsewhere = await openShop('西三召村积分超市', cells.w);
    const page = await cardEntries(inspectorV, card, '?pageSize=2');
    expect(page.status).toBe(200);
    expect(page.json).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect((page.json.items as Entry[]).map((e) => e.balanceAfter)).toEqual([6, 4]);
    for (const who of [managerV, keeper, admin]) {
      const res = await cardEntries(who, card);
      expect({ status: res.status, total: res.json.total }).toEqual({ status: 200, total: 3 });
    }
    for (const who of [inspectorW, elsewhere.keeper]) {
      expect((await cardEntries(who, card)).status).toBe(404);
    }
    expect((await cardEntries(admin, { id: 999999 })).status).toBe(404);
    expect((await cardEntries(await t.signIn(), card)).status).toBe(403);
  });

  it('refuses bad input with 400', async () => {
    const { keeper } = await openShop();
    for (const body of [{ rewardId: 1 }, { householdCard: '', rewardId: 1 }, { householdCard: 'x', rewardId: 'a' }]) {
      const res = await t.postIdempotent('/api/redemptions/card', { token: keeper.token, body });
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
  });
});
