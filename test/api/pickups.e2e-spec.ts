import { randomUUID } from 'node:crypto';
import { chinaDayStart, chinaMonthRange, chinaPeriodOf } from '@zerowaste/shared';
import { MeasureRegistry } from '../../apps/api/src/modules/scoring/measure-registry';
import { expectLedgerConsistent } from './support/ledger';
import { seedCells, startTestApp, type TestApp, type SignedIn as Token } from './support/test-app';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
const PHONE = '13812345678';
const ADDRESS = '幸福里小区3号楼2单元501';

type Slot = { id: number; startsAt: string; endsAt: string; capacity: number; remaining: number; closed: boolean };

/** Doorstep pickups: areas and slots, booking into capacity, the collector's round, points and CO2e, privacy. */
describe('Pickups', () => {
  let t: TestApp;
  let cells: Record<'a' | 'b' | 'none', number>;
  let admin: Token;
  let manager: Token;
  let otherManager: Token;
  let collector: Token;
  let secondCollector: Token;
  let areaId: number;
  let slotsMade = 0;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' }, { captureLogs: true });
    cells = await seedCells(t.dataSource, [
      { key: 'a', name: '幸福里小区' },
      { key: 'b', name: '东三召村', type: 'village' },
      { key: 'none', name: '未开通小区' },
    ]);
    admin = await t.signIn(['admin']);
    manager = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cells.a }]);
    otherManager = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cells.none }]);
    collector = await t.signIn(['collector'], '王师傅');
    secondCollector = await t.signIn(['collector'], '李师傅');
    const area = await t.request('POST', '/api/pickup-areas', {
      token: admin.token,
      body: { name: '幸福里片区', cellIds: [cells.a, cells.b], collectorUserIds: [collector.userId] },
    });
    expect(area.status).toBe(201);
    areaId = area.json.id as number;
  });
  afterAll(() => t.close());

  const resident = async (cellId: number | null = cells.a): Promise<Token> => {
    const user = await t.signIn();
    if (cellId !== null) {
      const res = await t.request('PATCH', '/api/me', { token: user.token, body: { homeCellId: cellId } });
      expect(res.status).toBe(200);
    }
    return user;
  };
  /** A one-off slot `hoursAhead` from now (each at its own minute). */
  const slot = async (capacity: number, hoursAhead = 48): Promise<Slot> => {
    const startsAt = new Date(Date.now() + hoursAhead * HOUR_MS + ++slotsMade * 60_000);
    const res = await t.request('POST', `/api/pickup-areas/${areaId}/slots`, {
      token: admin.token,
      body: {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + HOUR_MS).toISOString(),
        capacity,
      },
    });
    expect(res.status).toBe(201);
    return res.json as unknown as Slot;
  };
  const book = (user: Token, slotId: number, more: Record<string, unknown> = {}, key?: string) =>
    t.postIdempotent('/api/pickups', {
      token: user.token,
      key,
      body: {
        slotId,
        items: [{ category: 'paper', estimatedKg: 8 }],
        address: { text: ADDRESS, lat: 37.06, lng: 114.49 },
        phone: PHONE,
        subscribe: ['pickup_reminder'],
        ...more,
      },
    });
  const slotNow = async (id: number): Promise<Slot> => {
    const [row] = await t.dataSource.query('SELECT capacity, booked, closed FROM pickup_slots WHERE id = ?', [id]);
    return { id, capacity: Number(row.capacity), remaining: Number(row.capacity) - Number(row.booked) } as Slot;
  };
  const balance = async (user: Token) =>
    (await t.request('GET', '/api/points', { token: user.token })).json.balance as number;
  const complete = (by: Token, id: number, weights: unknown[], key?: string) =>
    t.postIdempotent(`/api/pickups/${id}/complete`, { token: by.token, key, body: { weights } });

  describe('areas', () => {
    it('refuses a collector without the collector role and a cell already in another area, naming the field', async () => {
      const plain = await t.signIn();
      const notCollector = await t.request('POST', '/api/pickup-areas', {
        token: admin.token,
        body: { name: '新片区', cellIds: [cells.none], collectorUserIds: [plain.userId] },
      });
      expect(notCollector.status).toBe(400);
      expect(notCollector.json.errors).toEqual([
        { field: 'collectorUserIds', message: expect.stringMatching(/collector role/) },
      ]);
      const taken = await t.request('POST', '/api/pickup-areas', {
        token: admin.token,
        body: { name: '重复片区', cellIds: [cells.a], collectorUserIds: [collector.userId] },
      });
      expect(taken.status).toBe(400);
      expect(taken.json.errors).toEqual([{ field: 'cellIds', message: expect.stringMatching(/another area/) }]);
    });

    it('lists every area to admins and only the areas of their cells to managers', async () => {
      const mine = await t.request('GET', '/api/pickup-areas', { token: manager.token });
      expect(mine.json.items).toEqual([expect.objectContaining({ id: areaId, cellIds: [cells.a, cells.b] })]);
      const other = await t.request('GET', '/api/pickup-areas', { token: otherManager.token });
      expect(other.json).toMatchObject({ items: [], total: 0 });
      const all = await t.request('GET', '/api/pickup-areas', { token: admin.token });
      expect(all.json.total).toBeGreaterThanOrEqual(1);
    });
  });

  describe('slots', () => {
    it('makes template slots on China days around midnight, once, and keeps a closed one closed', async () => {
      const tomorrow = new Date(chinaDayStart(new Date()).getTime() + DAY_MS);
      const weekday = (day: Date) => ((new Date(day.getTime() + 8 * HOUR_MS).getUTCDay() + 6) % 7) + 1;
      const dayAfter = new Date(tomorrow.getTime() + DAY_MS);
      const put = await t.request('PUT', `/api/pickup-areas/${areaId}/template`, {
        token: manager.token,
        body: {
          weekly: [
            { weekday: weekday(tomorrow), start: '00:00', end: '01:00', capacity: 4 },
            { weekday: weekday(tomorrow), start: '23:00', end: '23:59', capacity: 2 },
            { weekday: weekday(dayAfter), start: '00:00', end: '00:30', capacity: 3 },
          ],
        },
      });
      expect(put.status).toBe(200);
      const resident1 = await resident();
      const read = async () =>
        ((await t.request('GET', '/api/pickups/slots?days=3', { token: resident1.token })).json as unknown as Slot[])
          .filter((s) => s.startsAt >= tomorrow.toISOString())
          .filter((s) => [4, 2, 3].includes(s.capacity) && s.endsAt.slice(11) !== s.startsAt.slice(11));
      const first = await read();
      const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000).toISOString();
      // 00:00 China time is 16:00 UTC the day before.
      expect(first.map((s) => [s.startsAt, s.endsAt, s.capacity])).toEqual(
        expect.arrayContaining([
          [at(tomorrow, 0), at(tomorrow, 60), 4],
          [at(tomorrow, 23 * 60), at(tomorrow, 23 * 60 + 59), 2],
          [at(dayAfter, 0), at(dayAfter, 30), 3],
        ]),
      );
      const midnight = first.find((s) => s.startsAt === at(tomorrow, 0)) as Slot;
      const again = await read();
      expect(again.filter((s) => s.startsAt === at(tomorrow, 0)).map((s) => s.id)).toEqual([midnight.id]);

      // A holiday: closed, then the template is set again; the closed slot stays closed.
      const closed = await t.request('PATCH', `/api/pickup-slots/${midnight.id}`, {
        token: manager.token,
        body: { closed: true },
      });
      expect(closed.json).toMatchObject({ id: midnight.id, closed: true, remaining: 0 });
      await t.request('PUT', `/api/pickup-areas/${areaId}/template`, { token: admin.token, body: put.json });
      const after = (await read()).find((s) => s.startsAt === at(tomorrow, 0));
      expect(after).toMatchObject({ id: midnight.id, closed: true });
      const refused = await book(resident1, midnight.id);
      expect(refused.status).toBe(409);
      expect(refused.json.code).toBe('SLOT_CLOSED');
    });

    it('keeps a template slot that a cancelled booking names when the template changes', async () => {
      const day = new Date(chinaDayStart(new Date()).getTime() + 4 * DAY_MS);
      const weekday = ((new Date(day.getTime() + 8 * HOUR_MS).getUTCDay() + 6) % 7) + 1;
      const entry = { weekday, start: '10:00', end: '11:00', capacity: 7 };
      await t.request('PUT', `/api/pickup-areas/${areaId}/template`, { token: admin.token, body: { weekly: [entry] } });
      const user = await resident();
      const listed = (await t.request('GET', '/api/pickups/slots?days=7', { token: user.token }))
        .json as unknown as Slot[];
      const target = listed.find((s) => s.startsAt === new Date(day.getTime() + 10 * HOUR_MS).toISOString()) as Slot;
      const booked = await book(user, target.id);
      await t.request('POST', `/api/pickups/${booked.json.id}/cancel`, { token: user.token });
      await t.request('PUT', `/api/pickup-areas/${areaId}/template`, { token: admin.token, body: { weekly: [] } });
      const mine = await t.request('GET', '/api/pickups/mine', { token: user.token });
      expect(mine.status).toBe(200);
      expect(mine.json.items).toEqual([
        expect.objectContaining({ status: 'cancelled', slot: expect.objectContaining({ id: target.id }) }),
      ]);
    });

    it('takes a one-off slot at 23:30 China time and refuses one that overlaps nothing but starts at the same instant', async () => {
      const tomorrow = new Date(chinaDayStart(new Date()).getTime() + DAY_MS);
      const startsAt = new Date(tomorrow.getTime() + (23 * 60 + 30) * 60_000);
      const body = {
        startsAt: '',
        endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
        capacity: 2,
      };
      // The same instant written in China time.
      const china = new Date(startsAt.getTime() + 8 * HOUR_MS).toISOString().slice(0, 19);
      const made = await t.request('POST', `/api/pickup-areas/${areaId}/slots`, {
        token: manager.token,
        body: { ...body, startsAt: `${china}+08:00` },
      });
      expect(made.status).toBe(201);
      expect(made.json.startsAt).toBe(startsAt.toISOString());
      const twice = await t.request('POST', `/api/pickup-areas/${areaId}/slots`, {
        token: admin.token,
        body: { ...body, startsAt: startsAt.toISOString() },
      });
      expect(twice.status).toBe(409);
      const past = await t.request('POST', `/api/pickup-areas/${areaId}/slots`, {
        token: admin.token,
        body: { startsAt: new Date(Date.now() - HOUR_MS).toISOString(), endsAt: new Date().toISOString(), capacity: 2 },
      });
      expect(past.status).toBe(400);
      expect(past.json.errors).toEqual([{ field: 'startsAt', message: expect.any(String) }]);
    });

    it('answers a manager of another cell and a resident asking for an area 404', async () => {
      for (const who of [otherManager, await resident()]) {
        const res = await t.request('GET', `/api/pickups/slots?areaId=${areaId}`, { token: who.token });
        expect(res.status).toBe(404);
      }
      const patch = await t.request('PATCH', `/api/pickup-slots/${(await slot(3)).id}`, {
        token: otherManager.token,
        body: { capacity: 9 },
      });
      expect(patch.status).toBe(404);
    });
  });

  describe('booking', () => {
    it('lets exactly 5 of 100 concurrent bookings into a slot of capacity 5; a cancellation frees one place', async () => {
      const s = await slot(5);
      const residents = await Promise.all(Array.from({ length: 100 }, () => resident()));
      const answers = await Promise.all(residents.map((r) => book(r, s.id)));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((x) => x === 201)).toHaveLength(5);
      expect(answers.filter((a) => a.status === 409 && a.json.code === 'SLOT_FULL')).toHaveLength(95);
      expect(await slotNow(s.id)).toMatchObject({ capacity: 5, remaining: 0 });
      const [{ count }] = await t.dataSource.query('SELECT COUNT(*) AS count FROM pickups WHERE slotId = ?', [s.id]);
      expect(Number(count)).toBe(5);

      const winner = residents[statuses.indexOf(201)];
      const won = answers[statuses.indexOf(201)];
      const cancelled = await t.request('POST', `/api/pickups/${won.json.id}/cancel`, { token: winner.token });
      expect(cancelled.json).toMatchObject({ status: 'cancelled', slot: { remaining: 1 } });
      const loser = residents[statuses.indexOf(409)];
      expect((await book(loser, s.id)).status).toBe(201);
      const full = await book(residents[statuses.lastIndexOf(409)], s.id);
      expect(full.json.code).toBe('SLOT_FULL');
    });

    it('takes one place for a retried key, and more units for large items', async () => {
      const s = await slot(5);
      const user = await resident();
      const key = randomUUID();
      const first = await book(user, s.id, {}, key);
      const retry = await book(user, s.id, {}, key);
      expect(first.status).toBe(201);
      expect(retry.json).toEqual(first.json);
      expect(first.json).toMatchObject({
        status: 'booked',
        items: [{ category: 'paper', estimatedKg: 8 }],
        subscribe: ['pickup_reminder'],
        collector: { id: collector.userId, nickname: '王师傅' },
      });
      expect(await slotNow(s.id)).toMatchObject({ remaining: 4 });
      // A sofa (furniture) takes 3 units: it fits once into the 4 left, then there is room for one bag only.
      const sofa = await book(await resident(), s.id, { items: [{ category: 'furniture', estimatedKg: 40 }] });
      expect(sofa.status).toBe(201);
      const second = await book(await resident(), s.id, { items: [{ category: 'large_appliance', estimatedKg: 40 }] });
      expect(second.json.code).toBe('SLOT_FULL');
    });

    it('holds a resident to pickup.maxOpen open bookings', async () => {
      const user = await resident();
      for (let i = 0; i < 3; i++) expect((await book(user, (await slot(3)).id)).status).toBe(201);
      const fourth = await book(user, (await slot(3)).id);
      expect(fourth.status).toBe(409);
      expect(fourth.json.code).toBe('TOO_MANY_OPEN_PICKUPS');
    });

    it('names the reason for a home cell outside every area, a past slot, too little and too much', async () => {
      const s = await slot(5);
      const outside = await book(await resident(cells.none), s.id);
      expect(outside).toMatchObject({ status: 422, json: { code: 'NO_PICKUP_AREA' } });
      const homeless = await book(await resident(null), s.id);
      expect(homeless).toMatchObject({ status: 422, json: { code: 'NO_PICKUP_AREA' } });
      const user = await resident();
      const little = await book(user, s.id, { items: [{ category: 'glass', estimatedKg: 2 }] });
      expect(little).toMatchObject({ status: 422, json: { code: 'BELOW_MIN_KG' } });
      const much = await book(user, s.id, { items: [{ category: 'paper', estimatedKg: 900 }] });
      expect(much.status).toBe(400);
      expect(much.json.errors).toEqual([{ field: 'items.0.estimatedKg', message: expect.any(String) }]);
      const badPhone = await book(user, s.id, { phone: '12345' });
      expect(badPhone.json.errors).toEqual([{ field: 'phone', message: expect.any(String) }]);
      // Found by the fuzzer: a booking without its address answered 500.
      const noAddress = await book(user, s.id, { address: undefined });
      expect(noAddress.status).toBe(400);
      expect(noAddress.json.errors).toEqual([{ field: 'address', message: expect.any(String) }]);
      const past = await slot(5);
      await t.dataSource.query('UPDATE pickup_slots SET startsAt = ? WHERE id = ?', [
        new Date(Date.now() - HOUR_MS).toISOString().replace('T', ' ').slice(0, 23),
        past.id,
      ]);
      expect((await book(user, past.id)).json.code).toBe('SLOT_PAST');
      expect((await slotNow(past.id)).remaining).toBe(5);
    });

    it('refuses a capacity below what is booked', async () => {
      const s = await slot(3);
      await book(await resident(), s.id);
      await book(await resident(), s.id);
      const lower = await t.request('PATCH', `/api/pickup-slots/${s.id}`, {
        token: admin.token,
        body: { capacity: 1 },
      });
      expect(lower).toMatchObject({ status: 409, json: { code: 'CONFLICT' } });
      const ok = await t.request('PATCH', `/api/pickup-slots/${s.id}`, { token: manager.token, body: { capacity: 2 } });
      expect(ok.json).toMatchObject({ capacity: 2, remaining: 0 });
    });

    it('lets the owner cancel until pickup.cancelBeforeMinutes before the slot, and not after', async () => {
      const user = await resident();
      const soon = await book(user, (await slot(3, 1)).id); // an hour ahead: inside the 120 minutes
      const late = await t.request('POST', `/api/pickups/${soon.json.id}/cancel`, { token: user.token });
      expect(late).toMatchObject({ status: 409, json: { code: 'CANCEL_TOO_LATE' } });
      const later = await book(user, (await slot(3, 3)).id); // three hours ahead
      const ok = await t.request('POST', `/api/pickups/${later.json.id}/cancel`, { token: user.token });
      expect(ok.json).toMatchObject({ status: 'cancelled' });
      const twice = await t.request('POST', `/api/pickups/${later.json.id}/cancel`, { token: user.token });
      expect(twice.json.code).toBe('PICKUP_CLOSED');
      const stranger = await t.request('POST', `/api/pickups/${soon.json.id}/cancel`, {
        token: (await resident()).token,
      });
      expect(stranger.status).toBe(404);
    });
  });

  describe('collectors', () => {
    it('awards points and CO2e once: a retry replays, another key is 409 and the balance does not move', async () => {
      const user = await resident();
      const booked = await book(user, (await slot(5)).id, {
        items: [
          { category: 'paper', estimatedKg: 8 },
          { category: 'bulky', estimatedKg: 20 },
        ],
      });
      const weights = [
        { category: 'paper', kg: 8.4 },
        { category: 'metal', kg: 1.5 },
        { category: 'bulky', kg: 22 },
      ];
      const key = randomUUID();
      const done = await complete(collector, booked.json.id as number, weights, key);
      // paper 8.4 × 2 + metal 1.5 × 4 = 22.8 → 22 points; bulky waste earns none and saves no CO2e.
      expect(done.status).toBe(200);
      expect(done.json).toEqual({ pointsAwarded: 22, co2eKg: 27.9, balance: 22 });
      expect((await complete(collector, booked.json.id as number, weights, key)).json).toEqual(done.json);
      const again = await complete(collector, booked.json.id as number, weights);
      expect(again).toMatchObject({ status: 409, json: { code: 'PICKUP_CLOSED' } });
      expect(await balance(user)).toBe(22);
      await expectLedgerConsistent(t);
      const summary = await t.request('GET', '/api/me/recycling', { token: user.token });
      expect(summary.json).toEqual({ pickups: 1, recycledKg: 9.9, co2eKg: 27.9 });

      const registry = t.app.get(MeasureRegistry);
      const period = chinaPeriodOf(new Date());
      const measured = await registry
        .get('recovered_kg_per_household')
        .compute(t.dataSource.manager, { period, ...chinaMonthRange(period) }, [cells.a]);
      // seedCells gives each cell 100 households.
      expect(measured.get(cells.a)).toBeCloseTo(0.099, 5);
    });

    it('refuses weights out of bounds, naming the field, and changes nothing', async () => {
      const booked = await book(await resident(), (await slot(5)).id);
      const zero = await complete(collector, booked.json.id as number, [{ category: 'paper', kg: 0 }]);
      expect(zero.json.errors).toEqual([{ field: 'weights.0.kg', message: expect.any(String) }]);
      const huge = await complete(collector, booked.json.id as number, [{ category: 'paper', kg: 600 }]);
      expect(huge.json.errors).toEqual([{ field: 'weights.0.kg', message: expect.any(String) }]);
      const still = await t.request('GET', `/api/pickups/${booked.json.id}`, { token: collector.token });
      expect(still.json.status).toBe('booked');
    });

    it('answers 403 to a collector acting on a booking assigned to another, and shows the round in slot order', async () => {
      const user = await resident();
      const later = await book(user, (await slot(5, 5)).id);
      const earlier = await book(user, (await slot(5, 4)).id);
      for (const path of ['start', 'missed', 'complete']) {
        const res = await t.postIdempotent(`/api/pickups/${later.json.id}/${path}`, {
          token: secondCollector.token,
          body: path === 'missed' ? { reason: '家中无人' } : { weights: [{ category: 'paper', kg: 1 }] },
        });
        expect({ path, status: res.status }).toEqual({ path, status: 403 });
      }
      expect((await t.request('GET', `/api/pickups/${later.json.id}`, { token: secondCollector.token })).status).toBe(
        404,
      );
      const day = new Date(new Date((earlier.json.slot as Slot).startsAt).getTime() + 8 * HOUR_MS)
        .toISOString()
        .slice(0, 10);
      const round = await t.request('GET', `/api/pickups/assigned?date=${day}&pageSize=100`, {
        token: collector.token,
      });
      const ids = (round.json.items as { id: number }[]).map((p) => p.id);
      if (ids.includes(later.json.id as number)) {
        expect(ids.indexOf(earlier.json.id as number)).toBeLessThan(ids.indexOf(later.json.id as number));
      }
      expect(round.json.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: earlier.json.id,
            phone: PHONE,
            address: { text: ADDRESS, lat: 37.06, lng: 114.49 },
          }),
        ]),
      );
      const started = await t.request('POST', `/api/pickups/${earlier.json.id}/start`, { token: collector.token });
      expect(started.json).toMatchObject({ status: 'on_the_way', startedAt: expect.any(String) });
      const missed = await t.request('POST', `/api/pickups/${earlier.json.id}/missed`, {
        token: collector.token,
        body: { reason: '家中无人' },
      });
      expect(missed.json).toMatchObject({ status: 'missed', missedReason: '家中无人' });
    });

    it('reassigns a booking to another of the area’s collectors, by its manager', async () => {
      await t.request('PATCH', `/api/pickup-areas/${areaId}`, {
        token: admin.token,
        body: { collectorUserIds: [collector.userId, secondCollector.userId] },
      });
      const booked = await book(await resident(), (await slot(5)).id);
      const outsider = await t.request('POST', `/api/pickups/${booked.json.id}/assign`, {
        token: otherManager.token,
        body: { collectorUserId: secondCollector.userId },
      });
      expect(outsider.status).toBe(404);
      const stranger = await t.request('POST', `/api/pickups/${booked.json.id}/assign`, {
        token: manager.token,
        body: { collectorUserId: (await t.signIn(['collector'])).userId },
      });
      expect(stranger.json.errors).toEqual([{ field: 'collectorUserId', message: expect.any(String) }]);
      const moved = await t.request('POST', `/api/pickups/${booked.json.id}/assign`, {
        token: manager.token,
        body: { collectorUserId: secondCollector.userId },
      });
      expect(moved.json.collector).toEqual({ id: secondCollector.userId, nickname: '李师傅' });
      // Auto-assignment spreads a slot's bookings: the next goes to the collector with fewer.
      const next = await book(await resident(), (moved.json.slot as Slot).id);
      expect(next.json.collector).toEqual({ id: collector.userId, nickname: '王师傅' });
    });

    it('lets the owner rate a completed pickup once, and shows managers ratings and missed rates', async () => {
      const user = await resident();
      const booked = await book(user, (await slot(5)).id);
      const early = await t.request('POST', `/api/pickups/${booked.json.id}/rating`, {
        token: user.token,
        body: { stars: 5 },
      });
      expect(early.json.code).toBe('PICKUP_CLOSED');
      const doneBy = (booked.json.collector as { id: number }).id === collector.userId ? collector : secondCollector;
      await complete(doneBy, booked.json.id as number, [{ category: 'paper', kg: 6 }]);
      const rated = await t.request('POST', `/api/pickups/${booked.json.id}/rating`, {
        token: user.token,
        body: { stars: 4, comment: '很准时' },
      });
      expect(rated.json.rating).toEqual({ stars: 4, comment: '很准时' });
      const twice = await t.request('POST', `/api/pickups/${booked.json.id}/rating`, {
        token: user.token,
        body: { stars: 1 },
      });
      expect(twice.json.code).toBe('CONFLICT');
      const stats = await t.request('GET', `/api/pickup-areas/${areaId}/collectors`, { token: manager.token });
      const row = (stats.json.items as { collector: { id: number } }[]).find((r) => r.collector.id === doneBy.userId);
      expect(row).toMatchObject({ ratings: 1, averageStars: 4 });
      const wang = (stats.json.items as { collector: { id: number }; missed: number; missedRate: number }[]).find(
        (r) => r.collector.id === collector.userId,
      );
      expect(wang?.missed).toBeGreaterThanOrEqual(1);
      expect(wang?.missedRate).toBeGreaterThan(0);
      expect(
        (await t.request('GET', `/api/pickup-areas/${areaId}/collectors`, { token: otherManager.token })).status,
      ).toBe(404);
    });
  });

  describe('privacy', () => {
    it('shows the phone and address in full to the owner and the collector, masked to managers and admins, 404 to others', async () => {
      const owner = await resident();
      const booked = await book(owner, (await slot(5)).id);
      const id = booked.json.id as number;
      const view = async (who: Token) => t.request('GET', `/api/pickups/${id}`, { token: who.token });
      for (const who of [owner, collector]) {
        expect((await view(who)).json).toMatchObject({
          phone: PHONE,
          address: { text: ADDRESS, lat: 37.06, lng: 114.49 },
        });
      }
      for (const who of [manager, admin]) {
        expect((await view(who)).json).toMatchObject({
          phone: '138****5678',
          address: { text: '幸福里小区3号楼…', lat: null, lng: null },
        });
      }
      const inspector = await t.signIn([{ role: 'inspector', scopeKind: 'cell', scopeId: cells.a }]);
      for (const who of [await resident(), otherManager, secondCollector, inspector]) {
        expect((await view(who)).status).toBe(404);
      }
      const mine = await t.request('GET', '/api/pickups/mine', { token: owner.token });
      expect(mine.json.items).toEqual([expect.objectContaining({ id, phone: PHONE })]);
    });

    it('keeps the phone and address only encrypted at rest, in no answer kept for replays, and in no log line', async () => {
      const owner = await resident();
      await book(owner, (await slot(5)).id, { phone: '13987654321', address: { text: '东三召村18号' } });
      const rows: Record<string, unknown>[] = await t.dataSource.query('SELECT * FROM pickups');
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain('13987654321');
      expect(stored).not.toContain('东三召村18号');
      expect(stored).toContain('139****4321');
      const replays = JSON.stringify(await t.dataSource.query('SELECT * FROM idempotency_records'));
      expect(replays).not.toContain('13987654321');
      expect(replays).not.toContain(PHONE);
      const logs = t.logs.join('\n');
      expect(logs.length).toBeGreaterThan(0);
      expect(logs).not.toContain('13987654321');
      expect(logs).not.toContain(PHONE);
    });
  });
});
