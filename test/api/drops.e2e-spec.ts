import { createHmac, randomUUID } from 'node:crypto';
import { nextChinaMidnight } from '@zerowaste/shared';
import { Drop } from '../../apps/api/src/modules/drops/drop.entity';
import { expectLedgerConsistent } from './support/ledger';
import { seedCells, startTestApp, type TestApp, type SignedIn as Who } from './support/test-app';

const QR_SECRET = 'drops-suite-qr-secret-0123456789abcdef';
const RULES = { basePoints: 2, correctBonus: 1, cooldownMinutes: 1, dailyCapPoints: 7 };

type Json = Record<string, unknown>;

/** Signs like the API does, from the spec of the payload: so a test can make a genuine label for a code never issued. */
function sign(kind: 'b' | 'h', code: string, version: number): string {
  const sig = createHmac('sha256', QR_SECRET).update(`${kind}:${code}:${version}`).digest('base64url').slice(0, 16);
  return `https://zw.example.cn/q/${kind}/${code}.${version}.${sig}`;
}

describe('Drops and inspectors', () => {
  let t: TestApp;
  let cells: Record<string, number>;
  let admin: Who;
  let managerA: Who;
  let managerV: Who;
  let inspectorA: Who;
  let inspectorV: Who;

  beforeAll(async () => {
    t = await startTestApp({ QR_SECRET }, { pointsRules: { drop: RULES } });
    cells = await seedCells(t.dataSource, [
      { key: 'a', name: '甲小区' },
      { key: 'v', name: '乙村', type: 'village' },
    ]);
    admin = await t.signIn(['admin'], '市管理员');
    managerA = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cells.a }]);
    managerV = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cells.v }]);
    inspectorA = await t.signIn([{ role: 'inspector', scopeKind: 'cell', scopeId: cells.a }], '甲督导');
    inspectorV = await t.signIn([{ role: 'inspector', scopeKind: 'cell', scopeId: cells.v }], '乙督导');
  });
  afterAll(() => t.close());

  const newBin = async (cellId = cells.a, category?: string): Promise<Json> => {
    const manager = cellId === cells.v ? managerV : managerA;
    const res = await t.request('POST', '/api/bins', {
      token: manager.token,
      body: { cellId, name: category ? `${category} 桶` : '分类站', category, lat: 37.07, lng: 114.5 },
    });
    expect(res.status).toBe(201);
    return res.json;
  };
  const newCard = async (holderName: string, cellId = cells.v): Promise<Json> => {
    const manager = cellId === cells.v ? managerV : managerA;
    const res = await t.request('POST', `/api/cells/${cellId}/household-cards`, {
      token: manager.token,
      body: { holderName },
    });
    expect(res.status).toBe(201);
    return res.json;
  };
  const drop = (who: Who, body: Json, key?: string) => t.postIdempotent('/api/drops', { token: who.token, body, key });
  const balance = async (who: Who) => (await t.request('GET', '/api/points', { token: who.token })).json.balance;
  const entries = async (who: Who) =>
    (await t.request('GET', '/api/points/entries', { token: who.token })).json.items as Json[];
  const dropCount = async () => t.dataSource.getRepository(Drop).count();
  const verdict = (who: Who, id: unknown, body: Json, key?: string) =>
    t.postIdempotent(`/api/drops/${id}/verdict`, { token: who.token, body, key });
  const cardBalance = async (card: Json) => {
    const res = await t.request('GET', `/api/cells/${card.cellId}/household-cards?pageSize=100`, {
      token: admin.token,
    });
    return (res.json.items as Json[]).find((c) => c.id === card.id)?.balance;
  };

  describe('earning', () => {
    it('awards the base points for a scan and shows the drop in my drops', async () => {
      const bin = await newBin(cells.a, 'recyclable');
      const me = await t.signIn();
      const res = await drop(me, { qr: bin.qr });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ awarded: 2, balance: 2 });
      expect(res.json.drop).toMatchObject({
        binId: bin.id,
        binName: bin.name,
        cellId: cells.a,
        category: 'recyclable',
        awarded: 2,
        householdCardId: null,
        verdict: null,
      });
      expect(await balance(me)).toBe(2);
      expect(await entries(me)).toEqual([
        expect.objectContaining({ kind: 'drop', amount: 2, refType: 'drop', refId: (res.json.drop as Json).id }),
      ]);
      const mine = await t.request('GET', '/api/drops/mine', { token: me.token });
      expect(mine.json).toMatchObject({ total: 1, items: [{ binName: bin.name, awarded: 2, category: 'recyclable' }] });
      await expectLedgerConsistent(t);
    });

    it("accepts WeChat's percent-encoded q value and the bare token as well as the URL", async () => {
      const bin = await newBin(cells.a, 'food');
      const token = String(bin.qr).split('/b/')[1];
      for (const qr of [encodeURIComponent(String(bin.qr)), token]) {
        const res = await drop(await t.signIn(), { qr });
        expect(res.status).toBe(201);
      }
    });

    it('lists my drops newest first, and not the drops of others', async () => {
      const station = await newBin();
      const me = await t.signIn();
      await drop(me, { qr: station.qr, category: 'food' });
      await drop(me, { qr: station.qr, category: 'residual' });
      await drop(await t.signIn(), { qr: station.qr, category: 'food' });
      const mine = await t.request('GET', '/api/drops/mine', { token: me.token });
      expect((mine.json.items as Json[]).map((d) => d.category)).toEqual(['residual', 'food']);
    });
  });

  describe('refusals that earn nothing', () => {
    it('refuses a forged signature, an unknown code, another kind and garbage with QR_INVALID', async () => {
      const bin = await newBin(cells.a, 'recyclable');
      const qr = String(bin.qr);
      const sig = qr.slice(-16);
      const card = await newCard('伪造测试', cells.a);
      const forged = [
        qr.replace(sig, `${sig.slice(0, 15)}${sig[15] === 'x' ? 'y' : 'x'}`),
        qr.replace(`.1.${sig}`, `.2.${sig}`),
        sign('b', 'ZZZZ2345', 1),
        sign('h', String(bin.code), 1),
        String(card.qr),
        'https://evil.example.com/b/not-a-code',
        '点我领积分',
      ];
      const me = await t.signIn();
      for (const text of forged) {
        const res = await drop(me, { qr: text });
        expect({ text, status: res.status, code: res.json.code }).toEqual({ text, status: 422, code: 'QR_INVALID' });
      }
      expect(await balance(me)).toBe(0);
      expect(await entries(me)).toEqual([]);
      expect((await t.request('GET', '/api/drops/mine', { token: me.token })).json.total).toBe(0);
    });

    it('refuses a retired bin and a re-issued label with QR_RETIRED, and takes the new label', async () => {
      const retired = await newBin(cells.a, 'hazardous');
      await t.request('DELETE', `/api/bins/${retired.id}`, { token: managerA.token });
      const bin = await newBin(cells.a, 'hazardous');
      const renewed = await t.request('POST', `/api/bins/${bin.id}/reissue`, { token: managerA.token });
      const me = await t.signIn();
      for (const qr of [retired.qr, bin.qr]) {
        const res = await drop(me, { qr });
        expect(res.status).toBe(410);
        expect(res.json.code).toBe('QR_RETIRED');
      }
      expect(await balance(me)).toBe(0);
      expect((await drop(me, { qr: renewed.json.qr })).status).toBe(201);
      expect(await balance(me)).toBe(2);
      await expectLedgerConsistent(t);
    });

    it('refuses a label retired or re-issued through another replica, though this one has seen the bin', async () => {
      const [retired, reissued] = [await newBin(cells.a, 'food'), await newBin(cells.a, 'food')];
      const early = await t.signIn();
      // This replica reads both bins once...
      for (const bin of [retired, reissued]) expect((await drop(early, { qr: bin.qr })).status).toBe(201);
      // ...then another replica changes them, straight in the database.
      await t.dataSource.query("UPDATE bins SET status = 'retired' WHERE id = ?", [retired.id]);
      await t.dataSource.query('UPDATE bins SET codeVersion = codeVersion + 1 WHERE id = ?', [reissued.id]);
      const me = await t.signIn();
      for (const bin of [retired, reissued]) {
        const res = await drop(me, { qr: bin.qr });
        expect({ status: res.status, code: res.json.code }).toEqual({ status: 410, code: 'QR_RETIRED' });
      }
      expect(await balance(me)).toBe(0);
      await expectLedgerConsistent(t);
    });

    it('needs the category at a station and refuses a category a single bin does not take', async () => {
      const station = await newBin();
      const bin = await newBin(cells.a, 'food');
      const me = await t.signIn();
      const missing = await drop(me, { qr: station.qr });
      expect(missing.status).toBe(400);
      expect(missing.json.errors).toEqual([expect.objectContaining({ field: 'category' })]);
      const wrong = await drop(me, { qr: bin.qr, category: 'recyclable' });
      expect(wrong.status).toBe(400);
      expect(wrong.json.errors).toEqual([expect.objectContaining({ field: 'category' })]);
      expect((await drop(me, { qr: station.qr, category: 'glass' })).status).toBe(400);
      expect(await balance(me)).toBe(0);
      expect((await drop(me, { qr: bin.qr, category: 'food' })).status).toBe(201);
    });

    it('refuses the same person at the same bin and category within the cool-down, saying when to retry', async () => {
      const station = await newBin();
      const me = await t.signIn();
      const first = await drop(me, { qr: station.qr, category: 'food' });
      const firstAt = Date.parse(String((first.json.drop as Json).createdAt));
      const again = await drop(me, { qr: station.qr, category: 'food' });
      expect(again.status).toBe(429);
      expect(again.json.code).toBe('DROP_COOLDOWN');
      expect(Date.parse(String(again.json.retryAt))).toBe(firstAt + RULES.cooldownMinutes * 60_000);
      expect(await balance(me)).toBe(2);

      // Another category at the station, and another person at the same bin, are not held back.
      expect((await drop(me, { qr: station.qr, category: 'residual' })).status).toBe(201);
      expect((await drop(await t.signIn(), { qr: station.qr, category: 'food' })).status).toBe(201);

      // Once the cool-down has passed, the same drop earns again.
      await t.dataSource
        .getRepository(Drop)
        .update({ id: (first.json.drop as Json).id as number }, { createdAt: new Date(firstAt - 61_000) });
      expect((await drop(me, { qr: station.qr, category: 'food' })).status).toBe(201);
      expect(await balance(me)).toBe(6);
      await expectLedgerConsistent(t);
    });

    it('pays up to the daily cap, then refuses until China midnight', async () => {
      const station = await newBin();
      const single = await newBin(cells.a, 'recyclable');
      const me = await t.signIn();
      const awarded: unknown[] = [];
      for (const category of ['recyclable', 'hazardous', 'food', 'residual']) {
        awarded.push((await drop(me, { qr: station.qr, category })).json.awarded);
      }
      // 7 points a day at 2 a drop: the fourth drop earns the 1 point left.
      expect(awarded).toEqual([2, 2, 2, 1]);
      const before = await dropCount();
      const capped = await drop(me, { qr: single.qr });
      expect(capped.status).toBe(429);
      expect(capped.json.code).toBe('DAILY_CAP_REACHED');
      expect(capped.json.retryAt).toBe(nextChinaMidnight(new Date()).toISOString());
      expect(await balance(me)).toBe(7);
      expect(await dropCount()).toBe(before);
      await expectLedgerConsistent(t);
    });

    it('awards exactly one of 10 concurrent drops at one bin with different keys', async () => {
      const bin = await newBin(cells.a, 'residual');
      const me = await t.signIn();
      const results = await Promise.all(Array.from({ length: 10 }, () => drop(me, { qr: bin.qr })));
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 429 && r.json.code === 'DROP_COOLDOWN')).toHaveLength(9);
      expect(await balance(me)).toBe(2);
      expect((await t.request('GET', '/api/drops/mine', { token: me.token })).json.total).toBe(1);
      await expectLedgerConsistent(t);
    });

    it('replays the first answer for a retried key, even 10 at once, with one drop and one entry', async () => {
      const bin = await newBin(cells.a, 'food');
      const me = await t.signIn();
      const key = randomUUID();
      const first = await drop(me, { qr: bin.qr }, key);
      const again = await drop(me, { qr: bin.qr }, key);
      expect(again.status).toBe(201);
      expect(again.json).toEqual(first.json);
      expect(again.headers.get('idempotent-replayed')).toBe('true');

      const other = await newBin(cells.a, 'hazardous');
      const racingKey = randomUUID();
      const racing = await Promise.all(Array.from({ length: 10 }, () => drop(me, { qr: other.qr }, racingKey)));
      expect(
        racing.every((r) => r.status === 201 || (r.status === 409 && r.json.code === 'IDEMPOTENCY_IN_PROGRESS')),
      ).toBe(true);
      expect(new Set(racing.filter((r) => r.status === 201).map((r) => JSON.stringify(r.json))).size).toBe(1);
      expect(await entries(me)).toHaveLength(2);
      expect(await balance(me)).toBe(4);
      const reused = await drop(me, { qr: bin.qr, category: 'food' }, key);
      expect(reused.status).toBe(422);
      await expectLedgerConsistent(t);
    });

    it('needs an Idempotency-Key and a signed-in caller', async () => {
      const bin = await newBin(cells.a, 'food');
      const me = await t.signIn();
      const res = await t.request('POST', '/api/drops', { token: me.token, body: { qr: bin.qr } });
      expect(res.status).toBe(400);
      expect(res.json.code).toBe('IDEMPOTENCY_KEY_MISSING');
      expect((await t.request('POST', '/api/drops', { body: { qr: bin.qr } })).status).toBe(401);
      expect((await drop(me, { qr: bin.qr, points: 100 })).status).toBe(400);
      expect((await drop(me, {})).status).toBe(400);
      expect(await balance(me)).toBe(0);
    });
  });

  describe('household cards', () => {
    it("credits the card's account when its cell's inspector scans it, not the inspector's", async () => {
      const station = await newBin(cells.v);
      const card = await newCard('3 排 5 号 李大爷');
      const res = await drop(inspectorV, { qr: station.qr, category: 'food', householdCard: card.qr });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({ awarded: 2, balance: 2, drop: { householdCardId: card.id } });
      expect(await cardBalance(card)).toBe(2);
      expect(await balance(inspectorV)).toBe(0);
      // The cool-down is the household's: another card at the same bin and category still earns.
      const neighbour = await newCard('3 排 6 号 王奶奶');
      expect((await drop(inspectorV, { qr: station.qr, category: 'food', householdCard: neighbour.qr })).status).toBe(
        201,
      );
      const same = await drop(inspectorV, { qr: station.qr, category: 'food', householdCard: card.qr });
      expect(same.json.code).toBe('DROP_COOLDOWN');
      expect(await cardBalance(card)).toBe(2);
      await expectLedgerConsistent(t);
    });

    it('lets a collector record a card drop too', async () => {
      const collector = await t.signIn(['collector']);
      const bin = await newBin(cells.v, 'recyclable');
      const card = await newCard('收购测试户');
      expect((await drop(collector, { qr: bin.qr, householdCard: card.qr })).status).toBe(201);
      expect(await cardBalance(card)).toBe(2);
    });

    it("refuses a resident, another cell's inspector, a bin of another cell, and a retired card", async () => {
      const bin = await newBin(cells.v, 'residual');
      const binA = await newBin(cells.a, 'residual');
      const card = await newCard('拒绝测试户');
      const resident = await t.signIn();
      const asResident = await drop(resident, { qr: bin.qr, householdCard: card.qr });
      expect(asResident.status).toBe(403);
      expect(await balance(resident)).toBe(0);
      expect((await drop(inspectorA, { qr: bin.qr, householdCard: card.qr })).status).toBe(403);
      const elsewhere = await drop(admin, { qr: binA.qr, householdCard: card.qr });
      expect(elsewhere.status).toBe(400);
      expect(elsewhere.json.errors).toEqual([expect.objectContaining({ field: 'householdCard' })]);
      const forged = await drop(inspectorV, { qr: bin.qr, householdCard: sign('h', 'ZZZZ2345', 1) });
      expect(forged.status).toBe(422);
      expect((await drop(inspectorV, { qr: bin.qr, householdCard: bin.qr })).status).toBe(422);
      await t.request('DELETE', `/api/household-cards/${card.id}`, { token: managerV.token });
      const retired = await drop(inspectorV, { qr: bin.qr, householdCard: card.qr });
      expect(retired.status).toBe(410);
      expect(await cardBalance(card)).toBe(0);
      await expectLedgerConsistent(t);
    });
  });

  describe('inspectors', () => {
    it("shows the cell's drops newest first with who made them, by nickname or card holder, never openid", async () => {
      const cell = (await seedCells(t.dataSource, [{ key: 'w', name: '丙村', type: 'village' }])).w;
      const manager = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cell }]);
      const inspector = await t.signIn([{ role: 'inspector', scopeKind: 'cell', scopeId: cell }], '丙督导');
      const station = (
        await t.request('POST', '/api/bins', {
          token: manager.token,
          body: { cellId: cell, name: '村口站', lat: 37.0, lng: 114.7 },
        })
      ).json;
      const card = (
        await t.request('POST', `/api/cells/${cell}/household-cards`, {
          token: manager.token,
          body: { holderName: '1 排 1 号 赵大爷' },
        })
      ).json;
      const villager = await t.signIn([], '小王');
      await drop(villager, { qr: station.qr, category: 'food' });
      await drop(inspector, { qr: station.qr, category: 'residual', householdCard: card.qr });

      const res = await t.request('GET', `/api/drops?cellId=${cell}`, { token: inspector.token });
      expect(res.status).toBe(200);
      expect(res.json.total).toBe(2);
      expect(res.json.items).toEqual([
        expect.objectContaining({
          category: 'residual',
          binName: '村口站',
          who: { kind: 'household', name: '1 排 1 号 赵大爷' },
        }),
        expect.objectContaining({
          category: 'food',
          who: { kind: 'user', name: '小王' },
          verdict: null,
          verdictAt: null,
        }),
      ]);
      const openids: { openid: string }[] = await t.dataSource.query('SELECT openid FROM users');
      for (const { openid } of openids) expect(res.text).not.toContain(openid);

      const all = await t.request('GET', '/api/drops?pageSize=100', { token: admin.token });
      expect(all.status).toBe(200);
      expect(Number(all.json.total)).toBeGreaterThan(2);
    });

    it('needs a cellId of their own from an inspector: 400 without, 404 for another cell; 403 for residents', async () => {
      expect((await t.request('GET', '/api/drops', { token: inspectorA.token })).status).toBe(400);
      expect((await t.request('GET', `/api/drops?cellId=${cells.v}`, { token: inspectorA.token })).status).toBe(404);
      expect((await t.request('GET', `/api/drops?cellId=${cells.a}`, { token: managerA.token })).status).toBe(403);
      const resident = await t.signIn();
      expect((await t.request('GET', `/api/drops?cellId=${cells.a}`, { token: resident.token })).status).toBe(403);
      expect((await verdict(resident, 1, { verdict: 'correct' })).status).toBe(403);
      const batch = await t.postIdempotent('/api/drops/verdicts', {
        token: resident.token,
        body: { dropIds: [1], verdict: 'correct' },
      });
      expect(batch.status).toBe(403);
      expect(
        (await t.request('GET', `/api/drops?cellId=${cells.a}&verdict=maybe`, { token: inspectorA.token })).status,
      ).toBe(400);
    });

    it('judges a drop once: correct adds the bonus once, a second verdict is a conflict, a replay changes nothing', async () => {
      const bin = await newBin(cells.a, 'food');
      const me = await t.signIn();
      const dropId = (await drop(me, { qr: bin.qr })).json.drop as Json;
      const key = randomUUID();
      const judged = await verdict(inspectorA, dropId.id, { verdict: 'correct' }, key);
      expect(judged.status).toBe(200);
      expect(judged.json).toMatchObject({ bonus: 1, drop: { id: dropId.id, verdict: 'correct' } });
      expect((judged.json.drop as Json).verdictAt).toEqual(expect.any(String));
      expect(await balance(me)).toBe(3);
      const replay = await verdict(inspectorA, dropId.id, { verdict: 'correct' }, key);
      expect(replay.json).toEqual(judged.json);
      const second = await verdict(inspectorA, dropId.id, { verdict: 'incorrect' });
      expect(second.status).toBe(409);
      expect(second.json.code).toBe('CONFLICT');
      expect((await entries(me)).map((e) => e.kind)).toEqual(['drop_bonus', 'drop']);
      expect(
        (await t.request('GET', `/api/drops?cellId=${cells.a}&verdict=correct`, { token: inspectorA.token })).json
          .items,
      ).toEqual(expect.arrayContaining([expect.objectContaining({ id: dropId.id })]));
      await expectLedgerConsistent(t);
    });

    it('pays one bonus when five verdicts on one drop race', async () => {
      const bin = await newBin(cells.a, 'recyclable');
      const me = await t.signIn();
      const id = ((await drop(me, { qr: bin.qr })).json.drop as Json).id;
      const results = await Promise.all(
        Array.from({ length: 5 }, () => verdict(inspectorA, id, { verdict: 'correct' })),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409)).toHaveLength(4);
      expect(await balance(me)).toBe(3);
      await expectLedgerConsistent(t);
    });

    it('adds nothing for an incorrect drop, and refuses another cell (404) or their own drop (403)', async () => {
      const bin = await newBin(cells.a, 'hazardous');
      const me = await t.signIn();
      const id = ((await drop(me, { qr: bin.qr })).json.drop as Json).id;
      expect((await verdict(inspectorV, id, { verdict: 'correct' })).status).toBe(404);
      expect((await verdict(inspectorA, 999999, { verdict: 'correct' })).status).toBe(404);
      expect((await verdict(inspectorA, id, { verdict: 'maybe' })).status).toBe(400);
      const res = await verdict(inspectorA, id, { verdict: 'incorrect' });
      expect(res.json).toMatchObject({ bonus: 0, drop: { verdict: 'incorrect' } });
      expect(await balance(me)).toBe(2);

      const own = ((await drop(inspectorA, { qr: bin.qr })).json.drop as Json).id;
      expect((await verdict(inspectorA, own, { verdict: 'correct' })).status).toBe(403);
      expect(await balance(inspectorA)).toBe(2);
    });

    it('marks a batch correct, skipping judged, foreign, own and missing drops, with one bonus each', async () => {
      const station = await newBin();
      const binV = await newBin(cells.v, 'food');
      const alice = await t.signIn();
      const bob = await t.signIn();
      const ids: number[] = [];
      for (const category of ['food', 'residual']) {
        ids.push(((await drop(alice, { qr: station.qr, category })).json.drop as Json).id as number);
      }
      ids.push(((await drop(bob, { qr: station.qr, category: 'food' })).json.drop as Json).id as number);
      await verdict(inspectorA, ids[2], { verdict: 'incorrect' });
      const foreign = ((await drop(bob, { qr: binV.qr })).json.drop as Json).id as number;
      const own = ((await drop(inspectorA, { qr: station.qr, category: 'hazardous' })).json.drop as Json).id as number;

      const body = { dropIds: [ids[1], ids[0], ids[2], foreign, own, 999999, ids[0]], verdict: 'correct' };
      const key = randomUUID();
      const batch = () => t.postIdempotent('/api/drops/verdicts', { token: inspectorA.token, body, key });
      const res = await batch();
      expect(res.status).toBe(200);
      expect(res.json).toEqual({
        judged: [ids[0], ids[1]],
        skipped: [ids[2], foreign, own, 999999].sort((a, b) => a - b),
      });
      expect(await balance(alice)).toBe(4 + 2);
      expect(await balance(bob)).toBe(4);
      expect((await batch()).json).toEqual(res.json);
      const again = await t.postIdempotent('/api/drops/verdicts', {
        token: inspectorA.token,
        body: { dropIds: ids, verdict: 'correct' },
      });
      expect(again.json).toEqual({ judged: [], skipped: ids });
      expect(await balance(alice)).toBe(6);
      await expectLedgerConsistent(t);
    });

    it('refuses a batch that is empty, longer than 100, not all whole numbers, or not "correct"', async () => {
      const bad = [
        { dropIds: [], verdict: 'correct' },
        { dropIds: Array.from({ length: 101 }, (_, i) => i + 1), verdict: 'correct' },
        { dropIds: [1, 'x'], verdict: 'correct' },
        { dropIds: [1.5], verdict: 'correct' },
        { dropIds: [1], verdict: 'incorrect' },
        { dropIds: 1, verdict: 'correct' },
      ];
      for (const body of bad) {
        const res = await t.postIdempotent('/api/drops/verdicts', { token: inspectorA.token, body });
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
      }
    });
  });
});
