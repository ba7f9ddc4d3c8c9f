import { chinaDateOf, chinaMonthRange } from '@zerowaste/shared';
import { MeasureRegistry } from '../../apps/api/src/modules/scoring/measure-registry';
import { uploadPhoto } from './support/images';
import { type SignedIn, seedCells, signInCast, startTestApp, type TestApp } from './support/test-app';

describe('Activities of a cell', () => {
  let t: TestApp;
  let cells: Record<'mine' | 'other', number>;
  let cast: Awaited<ReturnType<typeof signInCast<'mine' | 'other'>>>;
  const today = chinaDateOf(new Date());

  beforeAll(async () => {
    t = await startTestApp();
    cells = (await seedCells(t.dataSource, [
      { key: 'mine', name: '幸福里小区' },
      { key: 'other', name: '和平里小区' },
    ])) as typeof cells;
    cast = await signInCast(t, cells);
  });
  afterAll(() => t.close());

  const post = (cellId: number, by: SignedIn, body: Record<string, unknown>) =>
    t.request('POST', `/api/cells/${cellId}/activities`, { token: by.token, body });
  const list = (cellId: number, by: SignedIn, query = '') =>
    t.request('GET', `/api/cells/${cellId}/activities${query}`, { token: by.token });
  const count = async () =>
    Number(((await t.dataSource.query('SELECT COUNT(*) AS n FROM cell_activities')) as { n: number }[])[0].n);

  const training = { kind: 'door_to_door', date: '2026-03-14', title: '3 号楼入户指导', attendance: 28 };

  it('logs an activity with the manager’s own photos, and lists it newest first with filters and pages', async () => {
    const manager = cast.managers.mine;
    const photos = [await uploadPhoto(t, manager, 'activity'), await uploadPhoto(t, manager, 'activity')];
    const res = await post(cells.mine, manager, { ...training, title: '  3 号楼入户指导 ', imageIds: photos });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({
      id: expect.any(Number),
      cellId: cells.mine,
      kind: 'door_to_door',
      date: '2026-03-14',
      title: '3 号楼入户指导',
      attendance: 28,
      imageIds: photos,
      imageUrls: photos.map((id) => `/api/images/${id}`),
      recordedByUserId: manager.userId,
      createdAt: expect.any(String),
    });
    expect((await post(cells.mine, manager, { ...training, kind: 'publicity_day', date: today })).status).toBe(201);
    expect((await post(cells.mine, cast.admin, { ...training, kind: 'flea_market', date: '2026-02-01' })).status).toBe(
      201,
    );

    const all = await list(cells.mine, manager);
    expect(all.json.total).toBe(3);
    expect((all.json.items as { date: string }[]).map((a) => a.date)).toEqual([today, '2026-03-14', '2026-02-01']);
    const march = await list(cells.mine, manager, '?from=2026-03-01&to=2026-03-31');
    expect((march.json.items as { kind: string }[]).map((a) => a.kind)).toEqual(['door_to_door']);
    const markets = await list(cells.mine, cast.admin, '?kind=flea_market');
    expect(markets.json.total).toBe(1);
    const page2 = await list(cells.mine, manager, '?pageSize=2&page=2');
    expect(page2.json).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(page2.json.items).toHaveLength(1);
  });

  it('answers 404 for another manager’s cell and 403 for a resident, and writes nothing', async () => {
    const before = await count();
    expect((await post(cells.other, cast.managers.mine, training)).status).toBe(404);
    expect((await list(cells.other, cast.managers.mine)).status).toBe(404);
    expect((await post(999_999, cast.admin, training)).status).toBe(404);
    expect((await post(cells.mine, cast.resident, training)).status).toBe(403);
    expect((await list(cells.mine, cast.resident)).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('refuses someone else’s photo, a photo of another kind, and bad fields, naming the field', async () => {
    const manager = cast.managers.mine;
    const theirs = await uploadPhoto(t, cast.managers.other, 'activity');
    const evidence = await uploadPhoto(t, manager, 'evidence');
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...training, imageIds: [theirs] }, 'imageIds'],
      [{ ...training, imageIds: [evidence] }, 'imageIds'],
      [{ ...training, imageIds: ['../etc/passwd'] }, 'imageIds'],
      [{ ...training, kind: 'party' }, 'kind'],
      [{ ...training, date: '2026-02-30' }, 'date'],
      [{ ...training, date: '14/03/2026' }, 'date'],
      [{ ...training, date: '2999-01-01' }, 'date'],
      [{ ...training, title: '   ' }, 'title'],
      [{ ...training, attendance: -1 }, 'attendance'],
      [{ ...training, attendance: 2.5 }, 'attendance'],
    ];
    for (const [body, field] of cases) {
      const res = await post(cells.mine, manager, body);
      expect({
        body,
        status: res.status,
        fields: (res.json.errors as { field: string }[]).map((e) => e.field),
      }).toEqual({
        body,
        status: 400,
        fields: [field],
      });
    }
    const range = await list(cells.mine, manager, '?from=2026-05-01&to=2026-04-01');
    expect(range.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('registers the activities measures: a count per cell per month, of every kind or of one', async () => {
    const admin = cast.admin;
    for (const [date, kind] of [
      ['2025-06-01', 'clean_up'],
      ['2025-06-30', 'clean_up'],
      ['2025-06-15', 'training'],
      ['2025-07-01', 'clean_up'],
      ['2025-05-31', 'clean_up'],
    ]) {
      expect((await post(cells.other, admin, { ...training, kind, date })).status).toBe(201);
    }
    expect((await post(cells.mine, admin, { ...training, kind: 'clean_up', date: '2025-06-10' })).status).toBe(201);
    const registry = t.app.get(MeasureRegistry);
    const june = { period: '2025-06', ...chinaMonthRange('2025-06') };
    const measure = (key: string, cellIds?: number[]) => registry.get(key).compute(t.dataSource.manager, june, cellIds);
    expect(Object.fromEntries(await measure('activities'))).toEqual({ [cells.other]: 3, [cells.mine]: 1 });
    expect(Object.fromEntries(await measure('activities_clean_up'))).toEqual({ [cells.other]: 2, [cells.mine]: 1 });
    expect(Object.fromEntries(await measure('activities_training', [cells.mine]))).toEqual({});
    expect(Object.fromEntries(await measure('activities', [cells.other]))).toEqual({ [cells.other]: 3 });
    expect(registry.get('activities_door_to_door').unit).toBe('count');
  });
});
