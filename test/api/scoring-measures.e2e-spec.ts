import { chinaMonthRange, chinaPeriodOf, shiftPeriod } from '@zerowaste/shared';
import { Cell } from '../../apps/api/src/modules/cells/cell.entity';
import { Redemption } from '../../apps/api/src/modules/rewards/redemption.entity';
import { QuizAttempt } from '../../apps/api/src/modules/sorting/quiz-attempt.entity';
import { User } from '../../apps/api/src/modules/users/user.entity';
import { addBin, addDrops } from './support/scoring';
import { addReward, openShop } from './support/shops';
import { type SignedIn, seedCells, startTestApp, type TestApp } from './support/test-app';

type Json = Record<string, unknown>;
const DAY = 86_400_000;

/** The measures besides participation and accuracy, each exactly as defined, through a month's scores. */
describe('Scoring measures: quiz, redemptions, bins, hazardous drops', () => {
  let t: TestApp;
  let cells: Record<string, number>;
  let admin: SignedIn;
  const P = shiftPeriod(chinaPeriodOf(new Date()), -2);
  const { start, end } = chinaMonthRange(P);
  const indicator = async (cellId: number, key: string): Promise<Json> => {
    const res = await t.request('GET', `/api/cells/${cellId}/scores/${P}`, { token: admin.token });
    return (res.json.indicators as Json[]).find((i) => i.key === key) as Json;
  };

  beforeAll(async () => {
    t = await startTestApp();
    cells = await seedCells(t.dataSource, [
      { key: 'v', name: '东村', type: 'village' },
      { key: 'o', name: '区政府', type: 'office' },
      { key: 'f', name: '张家', type: 'family' },
      { key: 'x', name: '西村', type: 'village' },
    ]);
    await t.dataSource.getRepository(Cell).update({ id: cells.v }, { households: 4 });
    await t.dataSource.getRepository(Cell).update({ id: cells.o }, { households: 4 });
    await t.dataSource.getRepository(Cell).update({ id: cells.f }, { households: 1 });
    admin = await t.signIn(['admin']);

    // Redemptions at the village's shop: one handed over at 00:30 on the 1st (China), one cancelled,
    // one handed over at 00:00 on the next 1st, and one at another village's shop.
    const { shopId } = await openShop(t, admin, cells.v);
    const { shopId: otherShop } = await openShop(t, admin, cells.x, { keeperName: '王店主' });
    const rewardId = await addReward(t, admin, shopId, { cost: 1, stock: 10 });
    const otherReward = await addReward(t, admin, otherShop, { cost: 1, stock: 10 });
    const redemption = (code: string, status: Redemption['status'], fulfilledAt: Date | null, shop = shopId) => ({
      accountId: 1,
      requestedByUserId: admin.userId,
      rewardId: shop === shopId ? rewardId : otherReward,
      shopId: shop,
      cost: 1,
      code,
      status,
      expiresAt: end,
      fulfilledAt,
      fulfilledByUserId: fulfilledAt ? admin.userId : null,
    });
    await t.dataSource
      .getRepository(Redemption)
      .insert([
        redemption('CODE0001', 'fulfilled', new Date(start.getTime() + 30 * 60_000)),
        redemption('CODE0002', 'cancelled', null),
        redemption('CODE0003', 'fulfilled', end),
        redemption('CODE0004', 'fulfilled', new Date(start.getTime() + 86_400_000), otherShop),
      ]);

    // The office's people: one answered two quizzes in P, one the day before P began; someone of another cell in P.
    const person = async (homeCellId: number) => {
      const user = await t.signIn();
      await t.dataSource.getRepository(User).update({ id: user.userId }, { homeCellId });
      return user.userId;
    };
    const [first, second, elsewhere] = [await person(cells.o), await person(cells.o), await person(cells.v)];
    await t.dataSource.getRepository(QuizAttempt).insert([
      { userId: first, day: `${P}-01`, correct: 3, awarded: 3 },
      { userId: first, day: `${P}-15`, correct: 3, awarded: 3 },
      { userId: second, day: `${shiftPeriod(P, -1)}-28`, correct: 3, awarded: 3 },
      { userId: elsewhere, day: `${P}-02`, correct: 3, awarded: 3 },
    ]);

    // The office's bins: one in service through P, one registered at the end of P, one retired during P.
    const [, late, retired] = [
      await addBin(t.dataSource, cells.o),
      await addBin(t.dataSource, cells.o),
      await addBin(t.dataSource, cells.o),
    ];
    const text = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 23);
    await t.dataSource.query('UPDATE bins SET createdAt = ?', [text(new Date(start.getTime() - DAY))]);
    await t.dataSource.query('UPDATE bins SET createdAt = ? WHERE id = ?', [text(end), late]);
    await t.dataSource.query("UPDATE bins SET status = 'retired', updatedAt = ? WHERE id = ?", [
      text(new Date(start.getTime() + DAY)),
      retired,
    ]);

    // The family's hazardous drop (a battery) and a residual one.
    const familyBin = await addBin(t.dataSource, cells.f);
    await addDrops(t.dataSource, [
      { binId: familyBin, cellId: cells.f, accountId: 1, at: new Date(start.getTime() + DAY), category: 'hazardous' },
      { binId: familyBin, cellId: cells.f, accountId: 1, at: new Date(start.getTime() + 2 * DAY) },
    ]);

    const res = await t.request('POST', '/api/scores/recompute', { token: admin.token, body: { period: P } });
    expect(res.json).toEqual({ period: P, scored: 4 });
  });
  afterAll(() => t.close());

  it('redemptions_per_household: handed over in the month at the cell’s shops ÷ households', async () => {
    // One of the village's four households: 0.25 of the target 0.5 × 15 points.
    expect(await indicator(cells.v, 'points_redemption')).toMatchObject({
      source: 'redemptions_per_household',
      raw: 0.25,
      unit: 'per_household',
      points: 7.5,
    });
  });

  it('quiz_participation: distinct people of the cell who answered a quiz in the month ÷ households', async () => {
    // One of four: 25% of the target 60% × 8 points.
    expect(await indicator(cells.o, 'quiz_participation')).toMatchObject({ raw: 25, points: 3.33 });
  });

  it('bins_per_100_households: bins in service at the end of the month × 100 ÷ households', async () => {
    // One bin for four people: 25 per 100, the target is 2: full marks.
    expect(await indicator(cells.o, 'bin_density')).toMatchObject({ raw: 25, points: 10 });
  });

  it('hazardous_drops: drops of hazardous waste in the month', async () => {
    expect(await indicator(cells.f, 'hazardous_dropped')).toMatchObject({ raw: 1, target: 1, points: 10 });
    // The family's one household dropped, once of two in the month judged by nobody.
    expect(await indicator(cells.f, 'participation')).toMatchObject({ raw: 100, points: 30 });
  });
});
