import { distanceMeters, PLACE_TYPES, WASTE_CATEGORIES } from '@zerowaste/shared';
import { Place } from '../../apps/api/src/modules/places/place.entity';
import { latBandOf } from '../../apps/api/src/modules/places/places.service';
import { openShop } from './support/shops';
import { type SignedIn, seedCells, signInCast, startTestApp, type TestApp } from './support/test-app';

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const CENTER = { lat: 37.07, lng: 114.5 };
const HEADER = 'type,name,address,lat,lng,categories,hours,regionCode';

interface Item {
  id: number;
  type: string;
  distanceM: number;
  openNow: boolean | null;
  status: string | null;
  categories: string[];
}

describe('Places', () => {
  let t: TestApp;
  let cells: Record<'mine' | 'other', number>;
  let cast: Awaited<ReturnType<typeof signInCast<'mine' | 'other'>>>;

  beforeAll(async () => {
    t = await startTestApp();
    cells = (await seedCells(t.dataSource, [
      { key: 'mine', name: '幸福里小区' },
      { key: 'other', name: '和平里小区' },
    ])) as typeof cells;
    cast = await signInCast(t, cells);
  });
  afterAll(() => t.close());

  const place = (over: Record<string, unknown> = {}) => ({
    type: 'hazardous_point',
    name: '幸福里有害垃圾贮存点',
    address: '幸福里 3 号楼东侧',
    lat: 37.0701,
    lng: 114.5001,
    categories: ['hazardous'],
    hours: 'Mo-Fr 08:00-18:00; Sa 09:00-12:00; Su off; 2026-10-01 off',
    phone: '0319-2345678',
    regionCode: '130503',
    cellId: cells.mine,
    ...over,
  });
  const create = (by: SignedIn, body: Record<string, unknown>) =>
    t.request('POST', '/api/places', { token: by.token, body });
  const nearby = async (query: string) => {
    const res = await t.request('GET', `/api/places/nearby?${query}`);
    expect(res.status).toBe(200);
    return res.json as { items: Item[]; total: number; page: number; pageSize: number };
  };
  const count = async () =>
    Number(((await t.dataSource.query('SELECT COUNT(*) AS n FROM places')) as { n: number }[])[0].n);
  const clearPlaces = () => t.dataSource.query('DELETE FROM places');

  describe('a cell manager in their cell, an admin anywhere', () => {
    it('creates, reads (without signing in), changes and retires a place; hours parsed into weekly hours and exceptions', async () => {
      const made = await create(cast.managers.mine, place());
      expect(made.status).toBe(201);
      expect(made.json).toMatchObject({
        type: 'hazardous_point',
        location: { lat: 37.0701, lng: 114.5001 },
        categories: ['hazardous'],
        hoursText: 'Mo-Fr 08:00-18:00; Sa 09:00-12:00; Su off; 2026-10-01 off',
        phone: '0319-2345678',
        cellId: cells.mine,
        status: null,
        retiredAt: null,
      });
      const hours = made.json.hours as { week: Record<string, unknown[]>; exceptions: Record<string, unknown[]> };
      expect(hours.week.Mo).toEqual([{ from: '08:00', to: '18:00' }]);
      expect(hours.week.Su).toEqual([]);
      expect(hours.exceptions).toEqual({ '2026-10-01': [] });
      expect(typeof made.json.openNow).toBe('boolean');

      const id = made.json.id as number;
      expect((await t.request('GET', `/api/places/${id}`)).json).toEqual(made.json);

      const changed = await t.request('PATCH', `/api/places/${id}`, {
        token: cast.managers.mine.token,
        body: { name: '幸福里有害垃圾点', hours: '24/7', phone: null },
      });
      expect(changed.status).toBe(200);
      expect(changed.json).toMatchObject({ name: '幸福里有害垃圾点', hoursText: '24/7', openNow: true, phone: null });

      const retired = await t.request('DELETE', `/api/places/${id}`, { token: cast.managers.mine.token });
      expect(retired.status).toBe(200);
      expect(retired.json.retiredAt).toEqual(expect.any(String));
      expect((await nearby(`lat=${CENTER.lat}&lng=${CENTER.lng}`)).items.map((i) => i.id)).not.toContain(id);
    });

    it("answers 404 for another cell's place, and refuses a cell the manager does not run", async () => {
      const theirs = await create(cast.admin, place({ cellId: cells.other }));
      const id = theirs.json.id as number;
      const by = { token: cast.managers.mine.token };
      expect((await t.request('PATCH', `/api/places/${id}`, { ...by, body: { name: '改名' } })).status).toBe(404);
      expect((await t.request('DELETE', `/api/places/${id}`, by)).status).toBe(404);
      expect((await t.request('GET', `/api/places/${id}`)).json.name).toBe('幸福里有害垃圾贮存点');

      const elsewhere = await create(cast.managers.mine, place({ cellId: cells.other }));
      expect(elsewhere.status).toBe(400);
      expect(elsewhere.json.errors).toEqual([{ field: 'cellId', message: 'is not a cell you manage' }]);
      const noCell = await create(cast.managers.mine, place({ cellId: undefined }));
      expect(noCell.status).toBe(400);
      expect((noCell.json.errors as { field: string }[])[0].field).toBe('cellId');
      // An admin may add a city-wide place, in no cell.
      expect((await create(cast.admin, place({ cellId: undefined, type: 'transfer_station' }))).status).toBe(201);
      expect((await create(cast.resident, place())).status).toBe(403);
    });

    it.each([
      [{ hours: 'Mo-Fr 8-18' }, 'hours', '"Mo-Fr 8-18": "8-18" is not a time range HH:MM-HH:MM'],
      [{ lat: 30, lng: 60 }, 'lat', 'must be a GCJ-02 point in China (are lat and lng swapped?)'],
      [{ regionCode: '999999' }, 'regionCode', 'no region 999999'],
      [{ type: 'points_shop' }, 'type', expect.any(String)],
      [{ categories: ['batteries'] }, 'categories', expect.any(String)],
    ])('refuses %j naming the field, and stores nothing', async (over, field, message) => {
      const before = await count();
      const res = await create(cast.admin, place(over));
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([{ field, message }]);
      expect(await count()).toBe(before);
    });
  });

  describe('nearby', () => {
    /** Places scattered over about ±11 km around the centre, written straight to the table. */
    async function scatter(n: number, seed: number): Promise<Place[]> {
      const rnd = random(seed);
      const rows = Array.from({ length: n }, (_, i) => {
        const lat = CENTER.lat + (rnd() - 0.5) * 0.2;
        const lng = CENTER.lng + (rnd() - 0.5) * 0.25;
        const hoursChoice = rnd();
        return {
          type: PLACE_TYPES[Math.floor(rnd() * PLACE_TYPES.length)],
          name: `随机点${i}`,
          address: `随机地址${i}`,
          lat,
          lng,
          latBand: latBandOf(lat),
          categories: WASTE_CATEGORIES.filter(() => rnd() < 0.4),
          // Always open, never open, or unknown: "open now" is then the same whenever the test runs.
          hoursText: hoursChoice < 0.4 ? '24/7' : hoursChoice < 0.7 ? 'Mo-Su off' : null,
          hours:
            hoursChoice < 0.4
              ? {
                  week: Object.fromEntries(
                    ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'].map((d) => [d, [{ from: '00:00', to: '24:00' }]]),
                  ),
                  exceptions: {},
                }
              : hoursChoice < 0.7
                ? {
                    week: Object.fromEntries(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'].map((d) => [d, []])),
                    exceptions: {},
                  }
                : null,
          phone: null,
          regionCode: '130503',
          cellId: null,
          retiredAt: rnd() < 0.05 ? new Date() : null,
        };
      });
      for (let i = 0; i < rows.length; i += 100) {
        await t.dataSource.getRepository(Place).insert(rows.slice(i, i + 100) as Place[]);
      }
      return t.dataSource.getRepository(Place).find();
    }

    /** Every page of a query, in order. */
    async function allPages(query: string): Promise<Item[]> {
      const items: Item[] = [];
      for (let page = 1; ; page++) {
        const res = await nearby(`${query}&page=${page}&pageSize=100`);
        items.push(...res.items);
        if (items.length >= res.total) return items;
      }
    }

    it('answers what a brute-force distance sort of every place answers, for random points, radii and filters', async () => {
      await clearPlaces();
      const all = await scatter(1500, 17);
      const rnd = random(99);
      for (let round = 0; round < 12; round++) {
        const at = { lat: CENTER.lat + (rnd() - 0.5) * 0.15, lng: CENTER.lng + (rnd() - 0.5) * 0.15 };
        const radius = Math.round(200 + rnd() * 6000);
        const types = round % 3 === 0 ? PLACE_TYPES.filter(() => rnd() < 0.5) : [];
        const category = round % 4 === 1 ? WASTE_CATEGORIES[round % WASTE_CATEGORIES.length] : undefined;
        const open = round % 5 === 2;
        const expected = all
          .filter((p) => !p.retiredAt)
          .filter((p) => !types.length || types.includes(p.type))
          .filter((p) => !category || p.categories.includes(category))
          .filter((p) => !open || p.hoursText === '24/7')
          .map((p) => ({ id: p.id, d: distanceMeters(at, p) }))
          .filter((p) => p.d <= radius)
          .sort((a, b) => a.d - b.d || a.id - b.id);
        const query = [
          `lat=${at.lat}`,
          `lng=${at.lng}`,
          `radius=${radius}`,
          ...(types.length ? [`types=${types.join(',')}`] : []),
          ...(category ? [`category=${category}`] : []),
          ...(open ? ['openNow=true'] : []),
        ].join('&');
        const got = await allPages(query);
        expect(got.map((i) => i.id)).toEqual(expected.map((e) => e.id));
        got.forEach((item, i) => {
          expect(Math.abs(item.distanceM - expected[i].d)).toBeLessThanOrEqual(0.5);
          if (category) expect(item.categories).toContain(category);
          if (open) expect(item.openNow).toBe(true);
        });
      }
    });

    it('says open now from the hours: true when always open, false when never, null when unknown', async () => {
      const items = await allPages(`lat=${CENTER.lat}&lng=${CENTER.lng}&radius=3000`);
      const byId = new Map((await t.dataSource.getRepository(Place).find()).map((p) => [p.id, p]));
      expect(items.length).toBeGreaterThan(20);
      for (const item of items) {
        const text = byId.get(item.id)?.hoursText;
        expect(item.openNow).toBe(text === '24/7' ? true : text ? false : null);
      }
    });

    it('lists points shops among places (not when filtered by category or open now), and leaves them out for other types', async () => {
      const { shopId } = await openShop(t, cast.admin, cells.mine);
      const near = { lat: 37.001, lng: 114.7015 };
      const around = `lat=${near.lat}&lng=${near.lng}&radius=500`;
      const items = (await nearby(around)).items;
      expect(items[0]).toMatchObject({ id: shopId, type: 'points_shop', openNow: null, status: null });
      expect(items[0].distanceM).toBe(Math.round(distanceMeters(near, { lat: 37.001, lng: 114.701 })));
      expect((await nearby(`${around}&types=points_shop`)).items.map((i) => i.type)).toEqual(['points_shop']);
      expect((await nearby(`${around}&types=hazardous_point`)).items).toEqual([]);
      expect((await nearby(`${around}&category=hazardous`)).items).toEqual([]);
    });

    it('finds the nearest hazardous-waste point for a battery (the guide item page: category=hazardous)', async () => {
      const at = { lat: 36.5, lng: 115.2 };
      const far = await create(cast.admin, place({ lat: 36.51, lng: 115.2, cellId: undefined }));
      const near = await create(cast.admin, place({ lat: 36.501, lng: 115.2, cellId: undefined }));
      await create(
        cast.admin,
        place({ lat: 36.5001, lng: 115.2, type: 'textile_bin', categories: ['recyclable'], cellId: undefined }),
      );
      const res = await nearby(`lat=${at.lat}&lng=${at.lng}&category=hazardous&pageSize=1`);
      expect(res.total).toBe(2);
      expect(res.items.map((i) => i.id)).toEqual([near.json.id]);
      expect(res.items[0].distanceM).toBe(111);
      expect(far.status).toBe(201);
    });

    it.each([
      ['lat=37.07', 'lng'],
      ['lat=91&lng=114.5', 'lat'],
      ['lat=37.07&lng=114.5&radius=50001', 'radius'],
      ['lat=37.07&lng=114.5&types=hazardous_point,moon_base', 'types'],
      ['lat=37.07&lng=114.5&category=batteries', 'category'],
      ['lat=37.07&lng=114.5&openNow=yes', 'openNow'],
    ])('refuses %s naming %s', async (query, field) => {
      const res = await t.request('GET', `/api/places/nearby?${query}`);
      expect(res.status).toBe(400);
      expect((res.json.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    });
  });

  describe('CSV import (admins), all or nothing', () => {
    const row = (over: Partial<Record<string, string>> = {}) => {
      const r = {
        type: 'drop_off_point',
        name: '西大街交投点',
        address: '西大街 12 号',
        lat: '37.0602',
        lng: '114.4903',
        categories: 'recyclable|hazardous',
        hours: '"Mo-Fr 07:00-09:00,18:00-20:00; Sa-Su off"',
        regionCode: '130502',
        ...over,
      };
      return [r.type, r.name, r.address, r.lat, r.lng, r.categories, r.hours, r.regionCode].join(',');
    };
    const importCsv = (csv: string, by: SignedIn = cast.admin) =>
      t.request('POST', '/api/places/import', {
        token: by.token,
        rawBody: csv,
        headers: { 'content-type': 'text/csv' },
      });

    it('imports every row of a good file, with hours, categories and bands that nearby finds', async () => {
      await clearPlaces();
      // More rows than one insert statement takes: the import writes them in several, in one transaction.
      const rows = Array.from({ length: 1200 }, (_, i) =>
        row({ name: `交投点${i}`, lat: (37.06 + i * 0.00001).toFixed(5) }),
      );
      const res = await importCsv(`${HEADER}\n${rows.join('\n')}\n`);
      expect(res.status).toBe(201);
      expect(res.json).toEqual({ imported: 1200 });
      const found = await nearby('lat=37.06&lng=114.4903&radius=2000&category=hazardous&pageSize=100');
      expect(found.total).toBe(1200);
      const first = await t.request('GET', `/api/places/${found.items[0].id}`);
      expect(first.json).toMatchObject({
        name: '交投点0',
        categories: ['recyclable', 'hazardous'],
        hoursText: 'Mo-Fr 07:00-09:00,18:00-20:00; Sa-Su off',
        regionCode: '130502',
        cellId: null,
      });
    });

    it('refuses a file with one bad row: 422 naming the row and the field, and nothing imported', async () => {
      const before = await count();
      const rows = [row(), row(), row({ lat: 'north' }), row(), row({ hours: 'Mo 9-5', regionCode: '999999' })];
      const res = await importCsv(`${HEADER}\n${rows.join('\n')}`);
      expect(res.status).toBe(422);
      expect(res.json.code).toBe('IMPORT_INVALID');
      expect(res.json.errors).toEqual([
        { field: 'row 4: lat', message: expect.stringContaining('lat') },
        { field: 'row 6: hours', message: expect.stringContaining('"9-5" is not a time range') },
      ]);
      expect(res.json.message).toMatch(/^Nothing imported: row 4: lat/);
      expect(await count()).toBe(before);
      // Once the rows are right, an unknown region is named too.
      const region = await importCsv(`${HEADER}\n${row()}\n${row({ regionCode: '999999' })}`);
      expect(region.json.errors).toEqual([{ field: 'row 3: regionCode', message: 'no region 999999' }]);
      expect(await count()).toBe(before);
    });

    it('takes the file as multipart `file` too', async () => {
      const before = await count();
      const form = new FormData();
      form.append('file', new Blob([`${HEADER}\n${row()}\n${row()}`], { type: 'text/csv' }), 'places.csv');
      const res = await fetch(`${t.baseUrl}/api/places/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${cast.admin.token}` },
        body: form,
      });
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({ imported: 2 });
      expect(await count()).toBe(before + 2);
    });

    it.each([
      ['a wrong header', 'name,type\nx,y', 'row 1'],
      ['no rows', `${HEADER}\n`, 'file'],
      ['a row with a missing column', `${HEADER}\ndrop_off_point,x,y,37,114`, 'row 2: columns'],
      ['an unclosed quote', `${HEADER}\ndrop_off_point,"x,y,37,114.5,recyclable,,130502`, 'file'],
    ])('refuses %s with 422 naming it', async (_what, csv, field) => {
      const before = await count();
      const res = await importCsv(csv);
      expect(res.status).toBe(422);
      expect((res.json.errors as { field: string }[])[0].field).toBe(field);
      expect(await count()).toBe(before);
    });

    it('refuses a JSON body (400 naming file) and anyone but an admin (403)', async () => {
      const json = await t.request('POST', '/api/places/import', { token: cast.admin.token, body: { csv: 'x' } });
      expect(json.status).toBe(400);
      expect((json.json.errors as { field: string }[])[0].field).toBe('file');
      expect((await importCsv(`${HEADER}\n${row()}`, cast.managers.mine)).status).toBe(403);
    });
  });

  describe('live status', () => {
    let id: number;
    beforeAll(async () => {
      await clearPlaces();
      id = (await create(cast.managers.mine, place({ lat: 37.2, lng: 114.2 }))).json.id as number;
    });
    const report = (by: SignedIn, status: string, placeId = id) =>
      t.request('POST', `/api/places/${placeId}/status-reports`, { token: by.token, body: { status } });
    const problems = (by: SignedIn, query = '') =>
      t.request('GET', `/api/places/problems${query}`, { token: by.token });

    it('a resident reports a place full: nearby and the place carry it, the manager sees it and clears it', async () => {
      const resident = await t.signIn();
      const res = await report(resident, 'full');
      expect(res.status).toBe(201);
      expect(res.json.placeId).toBe(id);
      // PLACE_REPORT_HOURS defaults to a day.
      expect(Date.parse(res.json.expiresAt as string) - Date.now()).toBeGreaterThan(23.9 * 3600_000);
      await report(cast.resident, 'broken');
      expect((await nearby('lat=37.2&lng=114.2&radius=100')).items[0]).toMatchObject({ id, status: 'broken' });
      expect((await t.request('GET', `/api/places/${id}`)).json.status).toBe('broken');

      const mine = await problems(cast.managers.mine);
      expect(mine.json.total).toBe(1);
      expect((mine.json.items as Record<string, unknown>[])[0]).toMatchObject({
        place: { id, status: 'broken' },
        reports: { full: 1, broken: 1 },
      });
      expect((await problems(cast.admin)).json.total).toBe(1);
      expect((await problems(cast.managers.other)).json.total).toBe(0);
      expect((await problems(cast.managers.other, `?cellId=${cells.mine}`)).status).toBe(404);
      expect((await problems(cast.resident)).status).toBe(403);

      const cleared = await t.request('POST', `/api/places/${id}/status-reports/clear`, {
        token: cast.managers.mine.token,
      });
      expect(cleared.status).toBe(200);
      expect(cleared.json.status).toBeNull();
      expect((await nearby('lat=37.2&lng=114.2&radius=100')).items[0].status).toBeNull();
      expect((await problems(cast.managers.mine)).json.total).toBe(0);
    });

    it('an expired report no longer counts', async () => {
      await report(cast.resident, 'closed');
      expect((await t.request('GET', `/api/places/${id}`)).json.status).toBe('closed');
      await t.dataSource.query("UPDATE place_status_reports SET expiresAt = '2020-01-01 00:00:00.000'");
      expect((await t.request('GET', `/api/places/${id}`)).json.status).toBeNull();
      expect((await problems(cast.admin)).json.total).toBe(0);
    });

    it('refuses a report of an unknown place (404), and more than 10 reports an hour (429)', async () => {
      const reporter = await t.signIn();
      expect((await report(reporter, 'full', 999_999)).status).toBe(404);
      expect((await report(reporter, 'on_fire')).status).toBe(400);
      for (let i = 0; i < 10; i++) expect((await report(reporter, 'full')).status).toBe(201);
      const refused = await report(reporter, 'full');
      expect(refused.status).toBe(429);
      expect(refused.json).toMatchObject({ code: 'RATE_LIMITED', retryAt: expect.any(String) });
      // Another resident has a budget of their own.
      expect((await report(cast.resident, 'full')).status).toBe(201);
    });
  });
});
