import { expectLedgerConsistent } from './support/ledger';
import { openShop as openShopIn } from './support/shops';
import { seedCells, signInCast, startTestApp, type TestApp, type SignedIn as Token } from './support/test-app';

/** Points shops and their rewards: who may open and stock them, and what everyone sees. */
describe('Points shops and rewards', () => {
  let t: TestApp;
  let cells: Record<string, number>;
  let admin: Token;
  let resident: Token;
  let managerA: Token;
  let managerB: Token;

  beforeAll(async () => {
    t = await startTestApp();
    cells = await seedCells(t.dataSource, [
      { key: 'a', name: '甲村', lat: 37.0, lng: 114.7, type: 'village' },
      { key: 'b', name: '乙小区', lat: 37.08, lng: 114.51 },
    ]);
    ({
      admin,
      resident,
      managers: { a: managerA, b: managerB },
    } = await signInCast(t, cells));
  });
  afterAll(() => t.close());

  const shopBody = (cellId: number, shopkeeperUserId: number, name = '甲村积分超市') => ({
    name,
    cellId,
    lat: 37.001,
    lng: 114.701,
    shopkeeperUserId,
  });
  const openShop = async (by: Token, cellId: number, name = '甲村积分超市') => {
    const { shop, keeper } = await openShopIn(t, by, cellId, { name });
    return { shop: shop as { id: number; name: string }, keeper };
  };
  const addReward = (by: Token, shopId: number, body: Record<string, unknown>) =>
    t.request('POST', `/api/shops/${shopId}/rewards`, { token: by.token, body });

  it('opens a shop and makes its shopkeeper the shopkeeper of that shop (and of no other)', async () => {
    const { shop, keeper } = await openShop(admin, cells.a);
    expect(shop).toMatchObject({
      name: '甲村积分超市',
      cellId: cells.a,
      location: { lat: 37.001, lng: 114.701 },
      shopkeeperUserId: keeper.userId,
      active: true,
    });
    const me = await t.request('GET', '/api/me', { token: keeper.token });
    expect(me.json.roles).toEqual([
      { role: 'resident', scopeKind: null, scopeId: null },
      { role: 'shopkeeper', scopeKind: 'shop', scopeId: shop.id },
    ]);
  });

  it("lets a manager open a shop in their own cell only; another cell's manager gets 404, a resident 403", async () => {
    await openShop(managerA, cells.a, '甲村兑换站');
    const keeper = await t.signIn();
    const other = await t.request('POST', '/api/shops', {
      token: managerB.token,
      body: shopBody(cells.a, keeper.userId),
    });
    expect(other.status).toBe(404);
    const byResident = await t.request('POST', '/api/shops', {
      token: resident.token,
      body: shopBody(cells.a, keeper.userId),
    });
    expect(byResident.status).toBe(403);
    const me = await t.request('GET', '/api/me', { token: keeper.token });
    expect((me.json.roles as { role: string }[]).map((r) => r.role)).toEqual(['resident']);
  });

  it('refuses a shop in an unknown cell, for an unknown shopkeeper, or outside China, naming the field', async () => {
    const keeper = await t.signIn();
    const cases: [Record<string, unknown>, string][] = [
      [shopBody(999999, keeper.userId), 'cellId'],
      [shopBody(cells.a, 999999), 'shopkeeperUserId'],
      [{ ...shopBody(cells.a, keeper.userId), lat: 114.7, lng: 37.0 }, 'lat'],
      [{ ...shopBody(cells.a, keeper.userId), name: '' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await t.request('POST', '/api/shops', { token: admin.token, body });
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect((res.json.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    }
  });

  it('lists open shops by cell, a page at a time, to any signed-in user', async () => {
    const cell = (await seedCells(t.dataSource, [{ key: 'c', name: '丙村', type: 'village' }])).c;
    const first = await openShop(admin, cell, '丙村一号店');
    const second = await openShop(admin, cell, '丙村二号店');
    const page1 = await t.request('GET', `/api/shops?cellId=${cell}&pageSize=1`, { token: resident.token });
    expect(page1.status).toBe(200);
    expect(page1.json).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect((page1.json.items as { id: number }[]).map((s) => s.id)).toEqual([first.shop.id]);
    const page2 = await t.request('GET', `/api/shops?cellId=${cell}&pageSize=1&page=2`, { token: resident.token });
    expect((page2.json.items as { id: number }[]).map((s) => s.id)).toEqual([second.shop.id]);
    const one = await t.request('GET', `/api/shops/${second.shop.id}`, { token: resident.token });
    expect(one.json).toMatchObject({ id: second.shop.id, name: '丙村二号店' });
    expect((await t.request('GET', '/api/shops/999999', { token: resident.token })).status).toBe(404);
    expect((await t.request('GET', '/api/shops')).status).toBe(401);
  });

  it('lets an admin grant a shopkeeper role for a real shop, and refuses one for a shop that does not exist', async () => {
    const { shop } = await openShop(admin, cells.a, '甲村二店');
    const user = await t.signIn();
    const ok = await t.request('PUT', `/api/users/${user.userId}/roles`, {
      token: admin.token,
      body: { roles: [{ role: 'resident' }, { role: 'shopkeeper', scopeId: shop.id }] },
    });
    expect(ok.status).toBe(200);
    const missing = await t.request('PUT', `/api/users/${user.userId}/roles`, {
      token: admin.token,
      body: { roles: [{ role: 'resident' }, { role: 'shopkeeper', scopeId: 999999 }] },
    });
    expect(missing.status).toBe(400);
    expect(missing.json.errors).toEqual([{ field: 'roles.1.scopeId', message: 'no shop 999999' }]);
  });

  it("stocks a shop's rewards: the cell's manager and admins may, a resident may not (403), another cell's manager finds nothing (404)", async () => {
    const { shop } = await openShop(admin, cells.a, '甲村三店');
    const created = await addReward(managerA, shop.id, {
      name: '洗衣粉',
      cost: 30,
      stock: 20,
      photoUrl: 'https://img.example.cn/x.jpg',
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      shopId: shop.id,
      name: '洗衣粉',
      cost: 30,
      stock: 20,
      active: true,
      photoUrl: 'https://img.example.cn/x.jpg',
    });
    expect((await addReward(admin, shop.id, { name: '毛巾', cost: 20, stock: 5 })).json.photoUrl).toBeNull();
    expect((await addReward(resident, shop.id, { name: '白拿', cost: 1, stock: 1 })).status).toBe(403);
    expect((await addReward(managerB, shop.id, { name: '越权', cost: 1, stock: 1 })).status).toBe(404);
    expect((await addReward(admin, 999999, { name: '无店', cost: 1, stock: 1 })).status).toBe(404);

    const id = created.json.id as number;
    const patch = (by: Token, body: unknown) => t.request('PATCH', `/api/rewards/${id}`, { token: by.token, body });
    expect((await patch(resident, { stock: 99 })).status).toBe(403);
    expect((await patch(managerB, { stock: 99 })).status).toBe(404);
    expect((await t.request('PATCH', '/api/rewards/999999', { token: admin.token, body: { stock: 1 } })).status).toBe(
      404,
    );
    const changed = await patch(managerA, { name: '洗衣液', cost: 35, stock: 12 });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ id, name: '洗衣液', cost: 35, stock: 12, active: true });
  });

  it('refuses a reward whose cost, stock or photo is out of bounds', async () => {
    const { shop } = await openShop(admin, cells.a, '甲村四店');
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '零分', cost: 0, stock: 1 }, 'cost'],
      [{ name: '太贵', cost: 100_001, stock: 1 }, 'cost'],
      [{ name: '小数', cost: 1.5, stock: 1 }, 'cost'],
      [{ name: '负库存', cost: 1, stock: -1 }, 'stock'],
      [{ name: '太多', cost: 1, stock: 100_001 }, 'stock'],
      [{ name: '明文图', cost: 1, stock: 1, photoUrl: 'http://img.example.cn/x.jpg' }, 'photoUrl'],
      [{ name: '', cost: 1, stock: 1 }, 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await addReward(admin, shop.id, body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect((res.json.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    }
    expect((await addReward(admin, shop.id, { name: '边界', cost: 100_000, stock: 0 })).status).toBe(201);
    expect((await addReward(admin, shop.id, { name: '边界二', cost: 1, stock: 100_000 })).status).toBe(201);
  });

  it('shows everyone the active rewards of a shop, a page at a time, and hides a deactivated one', async () => {
    const { shop } = await openShop(admin, cells.a, '甲村五店');
    const ids: number[] = [];
    for (const name of ['鸡蛋一盒', '食用油', '环保购物袋']) {
      ids.push((await addReward(admin, shop.id, { name, cost: 10, stock: 3 })).json.id as number);
    }
    expect(
      (await t.request('PATCH', `/api/rewards/${ids[1]}`, { token: admin.token, body: { active: false } })).json.active,
    ).toBe(false);
    const list = await t.request('GET', `/api/rewards?shopId=${shop.id}`, { token: resident.token });
    expect(list.status).toBe(200);
    expect(list.json.total).toBe(2);
    expect((list.json.items as { id: number }[]).map((r) => r.id)).toEqual([ids[0], ids[2]]);
    const page2 = await t.request('GET', `/api/rewards?shopId=${shop.id}&pageSize=1&page=2`, { token: resident.token });
    expect((page2.json.items as { name: string }[]).map((r) => r.name)).toEqual(['环保购物袋']);
    expect(
      (await t.request('PATCH', `/api/rewards/${ids[1]}`, { token: admin.token, body: { active: true } })).status,
    ).toBe(200);
    expect((await t.request('GET', `/api/rewards?shopId=${shop.id}`, { token: resident.token })).json.total).toBe(3);
    expect((await t.request('GET', '/api/rewards?shopId=abc', { token: resident.token })).status).toBe(400);
  });

  it("lists every reward of a shop, withdrawn ones too, to the cell's managers and admins only, a page at a time", async () => {
    const { shop } = await openShop(admin, cells.a, '甲村六店');
    const ids: number[] = [];
    for (const name of ['肥皂', '牙膏', '毛巾']) {
      ids.push((await addReward(managerA, shop.id, { name, cost: 10, stock: 2 })).json.id as number);
    }
    await t.request('PATCH', `/api/rewards/${ids[1]}`, { token: managerA.token, body: { active: false } });
    const shelf = (by: Token, query = '') =>
      t.request('GET', `/api/shops/${shop.id}/rewards${query}`, { token: by.token });

    const mine = await shelf(managerA);
    expect(mine.status).toBe(200);
    expect(mine.json.total).toBe(3);
    expect((mine.json.items as { id: number; active: boolean }[]).map((r) => [r.id, r.active])).toEqual([
      [ids[0], true],
      [ids[1], false],
      [ids[2], true],
    ]);
    expect((await shelf(admin)).json.total).toBe(3);
    const page2 = await shelf(managerA, '?pageSize=2&page=2');
    expect((page2.json.items as { name: string }[]).map((r) => r.name)).toEqual(['毛巾']);
    // The public list still shows only what can be redeemed.
    expect((await t.request('GET', `/api/rewards?shopId=${shop.id}`, { token: resident.token })).json.total).toBe(2);

    expect((await shelf(managerB)).status).toBe(404);
    expect((await shelf(resident)).status).toBe(403);
    expect((await t.request('GET', '/api/shops/999999/rewards', { token: admin.token })).status).toBe(404);
    expect((await shelf(managerA, '?pageSize=0')).status).toBe(400);
  });
});

describe('Demo points shops', () => {
  it('seeds the village shop and the community station, with stock, a scoped shopkeeper and starting points', async () => {
    const t = await startTestApp({ DEMO_MODE: '1' });
    try {
      const demo = async (openid: string) =>
        (await t.request('POST', '/api/auth/demo', { body: { openid } })).json.accessToken as string;
      const villager = await demo('demo-villager');
      const shops = await t.request('GET', '/api/shops', { token: villager });
      const byName = new Map((shops.json.items as { id: number; name: string }[]).map((s) => [s.name, s.id]));
      expect([...byName.keys()]).toEqual(['东三召村积分超市', '幸福里积分兑换站']);
      const rewards = await t.request('GET', `/api/rewards?shopId=${byName.get('东三召村积分超市')}`, {
        token: villager,
      });
      const soap = (rewards.json.items as { id: number; name: string; cost: number; stock: number }[]).find(
        (r) => r.name === '洗衣粉',
      );
      expect(soap).toMatchObject({ cost: 30, stock: 40 });
      expect(rewards.json.total).toBe(5);

      expect((await t.request('GET', '/api/points', { token: villager })).json.balance).toBe(200);
      expect((await t.request('GET', '/api/points', { token: await demo('demo-resident') })).json.balance).toBe(120);
      const entries = await t.request('GET', '/api/points/entries', { token: villager });
      expect(entries.json.items).toEqual([
        expect.objectContaining({ kind: 'adjustment', amount: 200, note: '演示积分' }),
      ]);

      const keeper = await demo('demo-shopkeeper');
      const roles = (await t.request('GET', '/api/me', { token: keeper })).json.roles as {
        role: string;
        scopeKind: string | null;
      }[];
      expect(roles.filter((r) => r.role === 'shopkeeper').map((r) => r.scopeKind)).toEqual(['shop', 'shop']);

      const made = await t.postIdempotent('/api/redemptions', {
        token: villager,
        body: { rewardId: soap?.id },
        key: 'demo-redeem-1',
      });
      expect(made.json).toMatchObject({ balance: 170, shop: { name: '东三召村积分超市' } });
      const handed = await t.request('POST', '/api/redemptions/fulfil', {
        token: keeper,
        body: { code: made.json.code },
      });
      expect(handed.json).toMatchObject({ status: 'fulfilled', holderNickname: '李大爷' });
      await expectLedgerConsistent(t);
    } finally {
      await t.close();
    }
  });
});
