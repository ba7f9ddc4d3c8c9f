import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chinaMonthRange, chinaPeriodOf, shiftPeriod } from '@zerowaste/shared';
import sharp from 'sharp';
import { Cell } from '../../apps/api/src/modules/cells/cell.entity';
import { CellScore } from '../../apps/api/src/modules/scoring/cell-score.entity';
import { RubricVersion } from '../../apps/api/src/modules/scoring/rubric-version.entity';
import { ScoringJob } from '../../apps/api/src/modules/scoring/scoring.job';
import { addBin, addDrops, type DropRow } from './support/scoring';
import { type SignedIn, sameDatabase, seedCells, startTestApp, type TestApp } from './support/test-app';

type Json = Record<string, unknown>;
const RUBRICS = join(__dirname, '../../config/rubrics');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('Zero-waste cell scoring', () => {
  let t: TestApp;
  let cells: Record<string, number>;
  let admin: SignedIn;
  let managerA: SignedIn;
  let managerB: SignedIn;
  let resident: SignedIn;
  const now = new Date();
  const current = chinaPeriodOf(now);
  // P: a month two months back, fully in the past; P3: three back, scored first after the rubric changes.
  const P = shiftPeriod(current, -2);
  const P3 = shiftPeriod(current, -3);
  const { start, end } = chinaMonthRange(P);

  const evidence = (who: SignedIn, cellId: number, body: Json) =>
    t.request('POST', `/api/cells/${cellId}/evidence`, { token: who.token, body });
  const approved = async (cellId: number, body: Json): Promise<number> => {
    const res = await evidence(managerA, cellId, { period: P, note: '见照片', ...body });
    expect(res.status).toBe(201);
    const ok = await t.request('POST', `/api/evidence/${res.json.id}/approve`, { token: admin.token });
    expect(ok.status).toBe(200);
    return res.json.id as number;
  };
  const recompute = (body: Json, app = t) => app.request('POST', '/api/scores/recompute', { token: admin.token, body });
  const scoreOf = (cellId: number, period: string, who = admin, app = t) =>
    app.request('GET', `/api/cells/${cellId}/scores/${period}`, { token: who.token });
  const points = (score: Json) =>
    Object.fromEntries((score.indicators as Json[]).map((i) => [i.key, i.points])) as Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp();
    cells = await seedCells(t.dataSource, [
      { key: 'a', name: '甲小区' },
      { key: 'b', name: '乙小区' },
      { key: 'v', name: '丙村', type: 'village' },
      { key: 'z', name: '丁小区', regionCode: '130503' },
      { key: 'f', name: '戊小区' },
    ]);
    const repo = t.dataSource.getRepository(Cell);
    await repo.update({ id: cells.a }, { households: 10 });
    await repo.update({ id: cells.z }, { households: 0 });
    await repo.update({ id: cells.f }, { households: 10 });
    admin = await t.signIn(['admin']);
    managerA = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cells.a }]);
    managerB = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cells.b }]);
    resident = await t.signIn();

    const binA = await addBin(t.dataSource, cells.a);
    const binB = await addBin(t.dataSource, cells.b);
    const binZ = await addBin(t.dataSource, cells.z);
    const at = (offset: number) => new Date(start.getTime() + offset);
    const a = (accountId: number, when: Date, verdict?: DropRow['verdict']): DropRow => ({
      binId: binA,
      cellId: cells.a,
      accountId,
      at: when,
      verdict,
    });
    await addDrops(t.dataSource, [
      a(1, at(60 * MINUTE), 'correct'),
      a(1, at(2 * DAY), 'correct'),
      a(2, at(3 * DAY), 'incorrect'),
      a(3, at(4 * DAY)),
      // 00:30 on the 1st in China is still the previous day in UTC: it counts for P.
      a(5, at(30 * MINUTE)),
      // 23:59 on the last day in China.
      a(8, new Date(end.getTime() - MINUTE)),
      // 00:00 on the next 1st, and a minute before P began: not P's.
      a(6, end, 'incorrect'),
      a(7, new Date(start.getTime() - MINUTE), 'incorrect'),
      { binId: binB, cellId: cells.b, accountId: 4, at: at(DAY) },
      { binId: binZ, cellId: cells.z, accountId: 9, at: at(DAY), verdict: 'correct' },
      // P3: one of A's ten households drops.
      a(1, new Date(chinaMonthRange(P3).start.getTime() + DAY)),
    ]);
  });
  afterAll(() => t.close());

  describe('evidence', () => {
    it('refuses what does not fit, naming the field', async () => {
      const cases: [Json, string][] = [
        [{ indicatorKey: 'participation', period: P, value: 1, note: 'x' }, 'indicatorKey'],
        [{ indicatorKey: 'no_such', period: P, value: 1, note: 'x' }, 'indicatorKey'],
        [{ indicatorKey: 'low_value_point', period: P, value: 2, note: 'x' }, 'value'],
        [{ indicatorKey: 'publicity', period: P, value: 1.5, note: 'x' }, 'value'],
        [{ indicatorKey: 'publicity', period: P, value: 4, note: 'x' }, 'value'],
        [{ indicatorKey: 'awareness', period: P, value: 101, note: 'x' }, 'value'],
        [{ indicatorKey: 'publicity', period: '2026-13', value: 1, note: 'x' }, 'period'],
        [{ indicatorKey: 'publicity', period: shiftPeriod(current, 1), value: 1, note: 'x' }, 'period'],
        [{ indicatorKey: 'publicity', period: P, value: 1, note: '' }, 'note'],
        [{ indicatorKey: 'publicity', period: P, value: 1, note: 'x', imageIds: ['notmine0000000000'] }, 'imageIds'],
      ];
      for (const [body, field] of cases) {
        const res = await evidence(managerA, cells.a, body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect((res.json.errors as { field: string }[]).map((e) => e.field)).toContain(field);
      }
    });

    it('carries only photos the submitter uploaded as evidence', async () => {
      const photo = async (who: SignedIn, kind = 'evidence'): Promise<string> => {
        const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#2a6' } })
          .jpeg()
          .toBuffer();
        const form = new FormData();
        form.append('kind', kind);
        form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), 'p.jpg');
        const res = await fetch(`${t.baseUrl}/api/images`, {
          method: 'POST',
          headers: { authorization: `Bearer ${who.token}` },
          body: form,
        });
        expect(res.status).toBe(201);
        return ((await res.json()) as { id: string }).id;
      };
      const body = { indicatorKey: 'publicity', period: shiftPeriod(P, -6), value: 0, note: '宣传栏' };
      const someoneElses = await photo(managerB);
      const activityPhoto = await photo(managerA, 'activity');
      for (const imageIds of [[someoneElses], [activityPhoto]]) {
        const res = await evidence(managerA, cells.a, { ...body, imageIds });
        expect(res.status).toBe(400);
        expect(res.json.errors).toEqual([expect.objectContaining({ field: 'imageIds' })]);
      }
      const mine = await photo(managerA);
      const res = await evidence(managerA, cells.a, { ...body, imageIds: [mine] });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ imageIds: [mine], imageUrls: [`/api/images/${mine}`], status: 'pending' });
    });

    it("is submitted by the cell's manager only: another cell is 404, an admin or a resident 403", async () => {
      const body = { indicatorKey: 'publicity', period: P, value: 1, note: 'x' };
      expect((await evidence(managerB, cells.a, body)).status).toBe(404);
      expect((await evidence(admin, cells.a, body)).status).toBe(403);
      expect((await evidence(resident, cells.a, body)).status).toBe(403);
    });

    it('is reviewed by an admin once; a manager cannot approve', async () => {
      const res = await evidence(managerA, cells.a, { indicatorKey: 'management', period: P, value: 0, note: '台账' });
      expect(res.json).toMatchObject({ status: 'pending', indicatorName: '日常管理', cellName: '甲小区' });
      const id = res.json.id;
      expect((await t.request('POST', `/api/evidence/${id}/approve`, { token: managerA.token })).status).toBe(403);
      const queue = await t.request('GET', '/api/evidence?status=pending', { token: admin.token });
      expect((queue.json.items as Json[]).map((e) => e.id)).toContain(id);
      const noReason = await t.request('POST', `/api/evidence/${id}/reject`, { token: admin.token, body: {} });
      expect(noReason.status).toBe(400);
      const rejected = await t.request('POST', `/api/evidence/${id}/reject`, {
        token: admin.token,
        body: { reason: '照片不清楚' },
      });
      expect(rejected.json).toMatchObject({ status: 'rejected', reason: '照片不清楚' });
      const again = await t.request('POST', `/api/evidence/${id}/approve`, { token: admin.token });
      expect(again.status).toBe(409);
      expect((await t.request('POST', '/api/evidence/999999/approve', { token: admin.token })).status).toBe(404);
      const mine = await t.request('GET', `/api/cells/${cells.a}/evidence?period=${P}`, { token: managerA.token });
      expect(mine.json.items).toEqual([expect.objectContaining({ id, status: 'rejected' })]);
      expect((await t.request('GET', `/api/cells/${cells.a}/evidence`, { token: managerB.token })).status).toBe(404);
    });
  });

  describe('a month of a community with known data', () => {
    let score: Json;

    beforeAll(async () => {
      await approved(cells.a, { indicatorKey: 'publicity', value: 1 });
      await approved(cells.a, { indicatorKey: 'facilities', value: 2 });
      // The latest approved evidence of an indicator counts.
      await approved(cells.a, { indicatorKey: 'facilities', value: 0 });
      await approved(cells.a, { indicatorKey: 'low_value_point', value: 1 });
      await approved(cells.a, { indicatorKey: 'awareness', value: 75 });
      // Waits for an admin: does not count yet.
      const pending = await evidence(managerA, cells.a, {
        indicatorKey: 'collection_yard',
        period: P,
        value: 0,
        note: '收集房照片',
      });
      expect(pending.status).toBe(201);
      const res = await recompute({ period: P });
      expect(res.json).toEqual({ period: P, scored: 5 });
      score = (await scoreOf(cells.a, P)).json;
    });

    it('measures participation and sorting accuracy exactly as defined, in China time', () => {
      const byKey = Object.fromEntries((score.indicators as Json[]).map((i) => [i.key, i]));
      // Accounts 1, 2, 3, 5 and 8 dropped in P (not 6 or 7): 5 of 10 households.
      expect(byKey.participation).toMatchObject({ source: 'participation_rate', raw: 50, target: 80, unit: 'percent' });
      // Two of the three judged drops were correct.
      expect(byKey.sorting_accuracy).toMatchObject({ raw: 66.6667, target: 80, points: 4 });
    });

    it('scores exactly the hand-computed total, indicator by indicator', () => {
      expect(points(score)).toEqual({
        publicity: 6, // 10 − 1 failed check × 4
        facilities: 20, // the later evidence: no failed check
        low_value_point: 10,
        collection_yard: 0, // evidence still pending
        sorting_accuracy: 4, // 66.7% is 13.3 points short of 80: two steps of 10, −2 each
        awareness: 3, // 75% is 15 short of 90: two steps, −2 each
        management: 0, // evidence rejected
        door_to_door: 0, // no door-to-door visit logged as an activity
        participation: 6.25, // 50 / 80 × 10
      });
      expect(score).toMatchObject({ cellId: cells.a, period: P, rubricVersion: 1, total: 49.25, grade: 'failing' });
    });

    it('ranks the cell in its county and its type, and says what to fix in plain words', () => {
      expect(score.rank).toEqual({ inRegion: 1, ofInRegion: 4, inType: 1, ofInType: 4 });
      expect((score.toFix as Json[]).map((f) => f.message)).toEqual([
        '集中收集点：佐证材料待审核',
        '日常管理：未提交佐证材料',
        '入户指导 0 次，至少 1 次',
        '宣传发动：1 项检查未通过',
        '分类准确率 66.7%，目标 80%，差 13.3 个百分点',
      ]);
    });

    it('gives a cell without households 0 participation', async () => {
      const z = (await scoreOf(cells.z, P)).json;
      expect((z.indicators as Json[]).find((i) => i.key === 'participation')).toMatchObject({ raw: 0, points: 0 });
      expect(z).toMatchObject({ total: 8, rank: { inRegion: 1, ofInRegion: 1, inType: 2, ofInType: 4 } });
    });

    it('recomputes a past month to the same numbers', async () => {
      await recompute({ period: P });
      await recompute({ period: P, cellId: cells.a });
      const again = (await scoreOf(cells.a, P)).json;
      expect({ ...again, computedAt: null }).toEqual({ ...score, computedAt: null });
    });

    it('recomputes a past month with the rubric it used, even after the cell changed type', async () => {
      const before = (await scoreOf(cells.b, P)).json;
      const patch = (type: string) =>
        t.request('PATCH', `/api/cells/${cells.b}`, { token: admin.token, body: { type } });
      expect((await patch('village')).status).toBe(200);
      await recompute({ period: P, cellId: cells.b });
      const after = (await scoreOf(cells.b, P)).json;
      // Still scored as the community it was, with the same numbers.
      expect({ ...after, computedAt: null }).toEqual({ ...before, computedAt: null });
      await patch('community');
    });

    it('counts evidence once an admin approves it, rescoring the month', async () => {
      const queue = await t.request('GET', `/api/evidence?period=${P}`, { token: admin.token });
      const pending = (queue.json.items as Json[]).find((e) => e.indicatorKey === 'collection_yard') as Json;
      await t.request('POST', `/api/evidence/${pending.id}/approve`, { token: admin.token });
      const after = (await scoreOf(cells.a, P)).json;
      expect(points(after).collection_yard).toBe(20);
      expect(after).toMatchObject({ total: 69.25, grade: 'improving' });
      const used = (after.indicators as Json[]).find((i) => i.key === 'collection_yard') as Json;
      expect(used.evidence).toMatchObject({ id: pending.id, note: '收集房照片' });
    });

    it('ranks the month, filtered by region (with the regions below it), type and grade', async () => {
      const ranking = async (query: string, who = admin) =>
        (await t.request('GET', `/api/scores?period=${P}${query}`, { token: who.token })).json;
      const all = await ranking('');
      expect((all.items as Json[]).map((i) => [i.cellName, i.rank])).toEqual([
        ['甲小区', 1],
        ['丁小区', 2],
        ['乙小区', 3],
        ['丙村', 4],
        ['戊小区', 4],
      ]);
      expect((await ranking('&regionCode=130502')).total).toBe(4);
      expect((await ranking('&regionCode=130500')).total).toBe(5);
      expect((await ranking('&regionCode=130503')).items).toEqual([
        expect.objectContaining({ cellName: '丁小区', rank: 1 }),
      ]);
      expect((await ranking('&type=village')).items).toEqual([expect.objectContaining({ cellName: '丙村', rank: 1 })]);
      expect((await ranking('&grade=improving')).items).toEqual([expect.objectContaining({ cellName: '甲小区' })]);
      const page2 = await ranking('&pageSize=2&page=2');
      expect(page2).toMatchObject({ page: 2, pageSize: 2, total: 5 });
      expect((page2.items as Json[]).map((i) => i.cellName)).toEqual(['乙小区', '丙村']);
      // A manager ranks only their own cells.
      expect((await ranking('', managerA)).items).toEqual([expect.objectContaining({ cellId: cells.a })]);
      const bad = await t.request('GET', '/api/scores?period=202611', { token: admin.token });
      expect(bad.status).toBe(400);
      expect((await t.request('GET', `/api/scores?period=${P}`, { token: resident.token })).status).toBe(403);
    });

    it("shows a cell's scores to its manager and admins only", async () => {
      expect((await scoreOf(cells.a, P, managerA)).status).toBe(200);
      expect((await scoreOf(cells.a, P, managerB)).status).toBe(404);
      expect((await scoreOf(cells.a, P, resident)).status).toBe(403);
      expect((await scoreOf(cells.a, shiftPeriod(P, -12))).status).toBe(404);
      expect((await t.request('GET', `/api/cells/${cells.a}/scores/2026-1`, { token: admin.token })).status).toBe(400);
      expect((await t.request('GET', `/api/cells/${cells.a}/scores`, { token: managerB.token })).status).toBe(404);
    });

    it("gives a resident their home cell's latest score", async () => {
      expect((await t.request('GET', '/api/me/home-cell/score', { token: resident.token })).status).toBe(404);
      await t.request('PATCH', '/api/me', { token: resident.token, body: { homeCellId: cells.a } });
      const res = await t.request('GET', '/api/me/home-cell/score', { token: resident.token });
      expect(res.json).toMatchObject({
        cellId: cells.a,
        period: P,
        total: 69.25,
        grade: 'improving',
        rank: { inType: 1 },
      });
    });
  });

  describe('rubric versions', () => {
    let dir: string;
    let second: TestApp;

    beforeAll(async () => {
      // The same database, started again with the community rubric's participation target lowered.
      dir = mkdtempSync(join(tmpdir(), 'zw-rubrics-'));
      cpSync(RUBRICS, dir, { recursive: true });
      const file = join(dir, 'community.json');
      const rubric = JSON.parse(readFileSync(file, 'utf8'));
      rubric.indicators.find((i: Json) => i.key === 'participation').target = 50;
      writeFileSync(file, JSON.stringify(rubric));
      second = await startTestApp({ ...sameDatabase(t), RUBRICS_DIR: dir });
    });
    afterAll(async () => {
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('makes a changed rubric a new version at start-up and leaves old scores on theirs', async () => {
      const communityVersions = () =>
        t.dataSource.getRepository(RubricVersion).find({ where: { cellType: 'community' }, order: { version: 'ASC' } });
      expect((await communityVersions()).map((v) => v.version)).toEqual([1, 2]);
      expect((await recompute({ period: P3 }, second)).status).toBe(200);
      const newer = (await scoreOf(cells.a, P3, admin, second)).json;
      // Two of ten households (accounts 1 and 7): 20% of the new target of 50% × 10 points.
      expect(newer).toMatchObject({ rubricVersion: 2, total: 4 });
      expect((await recompute({ period: P }, second)).status).toBe(200);
      expect((await scoreOf(cells.a, P, admin, second)).json).toMatchObject({ rubricVersion: 1, total: 69.25 });
      const versions = await communityVersions();
      expect(versions[0].contentHash).not.toBe(versions[1].contentHash);
      expect(versions[1].content.indicators.find((i) => i.key === 'participation')?.target).toBe(50);
      expect(await t.dataSource.getRepository(RubricVersion).count({ where: { cellType: 'village' } })).toBe(1);
    });

    it('runs the monthly job once, even with two instances at once on MySQL', async () => {
      const firstOfMonth = new Date(chinaMonthRange(current).start.getTime() + MINUTE);
      // SQLite is one process's database: there the job just runs.
      const instances = process.env.DB_URL ? [t, second] : [t];
      const runs = await Promise.all(instances.map((app) => app.app.get(ScoringJob).runOnce(firstOfMonth)));
      expect(runs.filter((r) => r !== null)).toEqual([5]);
      expect(await t.app.get(ScoringJob).runOnce(new Date(firstOfMonth.getTime() + DAY))).toBeNull();
      const last = shiftPeriod(current, -1);
      expect(await t.dataSource.getRepository(CellScore).count({ where: { period: last } })).toBe(5);
    });
  });

  describe('trend and alerts', () => {
    it("lists a cell's months oldest first", async () => {
      const res = await t.request('GET', `/api/cells/${cells.a}/scores?from=${P3}&to=${shiftPeriod(current, -1)}`, {
        token: managerA.token,
      });
      expect((res.json.items as Json[]).map((i) => [i.period, i.total])).toEqual([
        [P3, 4],
        [P, 69.25],
        // Scored by the job on whichever instance won, with its rubric: account 6 dropped at 00:00 on the 1st.
        [shiftPeriod(current, -1), expect.any(Number)],
      ]);
      const backwards = await t.request('GET', `/api/cells/${cells.a}/scores?from=${P}&to=${P3}`, {
        token: managerA.token,
      });
      expect(backwards.status).toBe(400);
    });

    it('warns of a bin sorted badly over 30 days and of participation falling three months running', async () => {
      const bin = await addBin(t.dataSource, cells.f, '3 号楼分类站');
      const recent = Array.from({ length: 10 }, (_, i) => ({
        binId: bin,
        cellId: cells.f,
        accountId: 100 + i,
        at: new Date(now.getTime() - DAY - i * MINUTE),
        verdict: i < 4 ? ('correct' as const) : ('incorrect' as const),
      }));
      // Four, three, two, then one household of ten dropped in the last four months.
      const months = [4, 3, 2, 1].flatMap((back, m) =>
        Array.from({ length: 4 - m }, (_, k) => ({
          binId: bin,
          cellId: cells.f,
          accountId: 200 + k,
          at: new Date(chinaMonthRange(shiftPeriod(current, -back)).start.getTime() + DAY),
        })),
      );
      await addDrops(t.dataSource, [...recent, ...months]);
      const res = await t.request('GET', `/api/cells/${cells.f}/alerts`, { token: admin.token });
      expect(res.json.items).toEqual([
        expect.objectContaining({ kind: 'bin_low_accuracy', binId: bin, accuracy: 40, judged: 10 }),
        expect.objectContaining({ kind: 'participation_falling' }),
      ]);
      const falling = (res.json.items as Json[])[1];
      expect((falling.periods as Json[]).map((p) => p.participation)).toEqual([40, 30, 20, 10]);
      expect((await t.request('GET', `/api/cells/${cells.a}/alerts`, { token: managerA.token })).json.total).toBe(0);
      expect((await t.request('GET', `/api/cells/${cells.f}/alerts`, { token: managerA.token })).status).toBe(404);
    });

    it("gives the cell's rubric with its manual indicators for the evidence checklist", async () => {
      const res = await t.request('GET', `/api/cells/${cells.v}/rubric`, { token: admin.token });
      expect(res.json).toMatchObject({ cellType: 'village', version: 1 });
      const manual = (res.json.indicators as Json[]).filter((i) => i.source === 'manual').map((i) => i.name);
      expect(manual).toContain('村规民约');
      expect(res.json.units).toMatchObject({ participation_rate: 'percent' });
    });
  });
});
