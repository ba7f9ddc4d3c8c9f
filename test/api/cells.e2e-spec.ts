import { seedCells, startTestApp, type TestApp } from './support/test-app';

describe('Regions and cells', () => {
  let t: TestApp;
  let admin: string;
  let resident: string;
  let cells: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp();
    cells = await seedCells(t.dataSource, [
      { key: 'near', name: '近处小区', lat: 37.0706, lng: 114.5046 },
      { key: 'far', name: '远处村', lat: 37.2, lng: 114.7, type: 'village', regionCode: '130503' },
      { key: 'mid', name: '中间学校', lat: 37.08, lng: 114.52, type: 'school' },
      { key: 'nowhere', name: '未定位商场', type: 'mall' },
    ]);
    admin = (await t.signIn(['admin'])).token;
    resident = (await t.signIn()).token;
  });
  afterAll(() => t.close());

  it('serves the region tree without signing in', async () => {
    const res = await t.request('GET', '/api/regions');
    expect(res.status).toBe(200);
    const [province] = res.json as unknown as { code: string; children: { code: string; children: unknown[] }[] }[];
    expect(province.code).toBe('130000');
    expect(province.children[0].code).toBe('130500');
    const branch = await t.request('GET', '/api/regions?root=130502');
    expect((branch.json as unknown as { name: string }[])[0].name).toBe('襄都区');
    expect((await t.request('GET', '/api/regions?root=999999')).status).toBe(404);
    expect((await t.request('GET', '/api/regions?root=12ab')).status).toBe(400);
  });

  it('lists the directory nearest first with distances in metres, unlocated cells last', async () => {
    const res = await t.request('GET', '/api/cells/directory?lat=37.0705&lng=114.5045', { token: resident });
    expect(res.status).toBe(200);
    const items = res.json.items as { id: number; distance?: number; regionName: string }[];
    expect(items.map((c) => c.id)).toEqual([cells.near, cells.mid, cells.far, cells.nowhere]);
    expect(items[0].distance).toBeLessThan(50);
    expect(items[1].distance).toBeGreaterThan(1000);
    expect(items[3].distance).toBeUndefined();
    expect(items[0].regionName).toBe('西大街街道');
    expect(res.text).not.toContain('managerIds');
  });

  it('pages the directory', async () => {
    const page1 = await t.request('GET', '/api/cells/directory?lat=37.07&lng=114.5&pageSize=2', { token: resident });
    const page2 = await t.request('GET', '/api/cells/directory?lat=37.07&lng=114.5&pageSize=2&page=2', {
      token: resident,
    });
    expect(page1.json.total).toBe(4);
    const ids = [...(page1.json.items as { id: number }[]), ...(page2.json.items as { id: number }[])].map((c) => c.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('filters the directory by region (and everything below it), type and text', async () => {
    const inCounty = await t.request('GET', '/api/cells/directory?regionCode=130502', { token: resident });
    expect((inCounty.json.items as { id: number }[]).map((c) => c.id).sort()).toEqual(
      [cells.near, cells.mid, cells.nowhere].sort(),
    );
    const inCity = await t.request('GET', '/api/cells/directory?regionCode=130500', { token: resident });
    expect(inCity.json.total).toBe(4);
    const villages = await t.request('GET', '/api/cells/directory?type=village', { token: resident });
    expect((villages.json.items as { id: number }[]).map((c) => c.id)).toEqual([cells.far]);
    const text = await t.request('GET', `/api/cells/directory?q=${encodeURIComponent('学校')}`, { token: resident });
    expect((text.json.items as { id: number }[]).map((c) => c.id)).toEqual([cells.mid]);
    const wildcard = await t.request('GET', `/api/cells/directory?q=${encodeURIComponent('%')}`, { token: resident });
    expect(wildcard.json.total).toBe(0);
  });

  it('refuses half a location and a latitude out of range', async () => {
    const half = await t.request('GET', '/api/cells/directory?lat=37.07', { token: resident });
    expect(half.status).toBe(400);
    expect(half.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'lng' })]));
    const out = await t.request('GET', '/api/cells/directory?lat=137&lng=114', { token: resident });
    expect(out.status).toBe(400);
  });

  it('lets an admin create a cell and lets a resident choose it as home', async () => {
    const created = await t.request('POST', '/api/cells', {
      token: admin,
      body: {
        name: '新建绿色家庭',
        type: 'family',
        regionCode: '130502001',
        address: '某街 1 号',
        households: 1,
        location: { lat: 37.07, lng: 114.5 },
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      type: 'family',
      status: 'building',
      regionName: '西大街街道',
      managerIds: [],
    });
    const id = created.json.id as number;
    const me = await t.request('PATCH', '/api/me', { token: resident, body: { homeCellId: id } });
    expect(me.json.homeCellId).toBe(id);
    expect(me.json.homeCell).toEqual({ id, name: '新建绿色家庭', type: 'family' });
    const cleared = await t.request('PATCH', '/api/me', { token: resident, body: { homeCellId: null } });
    expect(cleared.json.homeCellId).toBeNull();
    expect(cleared.json.homeCell).toBeNull();
  });

  it('refuses a cell in a region that does not exist, or at a point outside China', async () => {
    const base = { name: 'x', type: 'community', address: 'x' };
    const region = await t.request('POST', '/api/cells', { token: admin, body: { ...base, regionCode: '990000' } });
    expect(region.status).toBe(400);
    expect(region.json.errors).toEqual([expect.objectContaining({ field: 'regionCode' })]);
    const swapped = await t.request('POST', '/api/cells', {
      token: admin,
      body: { ...base, regionCode: '130502', location: { lat: 114.5, lng: 37.07 } },
    });
    expect(swapped.status).toBe(400);
    expect(swapped.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'location.lat' })]));
    const badType = await t.request('POST', '/api/cells', {
      token: admin,
      body: { ...base, type: 'castle', regionCode: '130502' },
    });
    expect(badType.json.errors).toEqual([expect.objectContaining({ field: 'type' })]);
    expect((await t.request('GET', '/api/cells', { token: admin })).json.total).toBe(5);
  });
});
