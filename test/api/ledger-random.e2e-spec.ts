import { CONFIG, type Config } from '../../apps/api/src/config/config';
import { RedemptionsService } from '../../apps/api/src/modules/rewards/redemptions.service';
import { expectLedgerConsistent } from './support/ledger';
import { addReward, openShop, stockOf } from './support/shops';
import { seedCells, startTestApp, type TestApp, type TestResponse, type SignedIn as Token } from './support/test-app';

/** A small seeded PRNG, so that a failing run's sequence of choices can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = process.env.LEDGER_SEED ? Number(process.env.LEDGER_SEED) : Math.floor(Math.random() * 2 ** 32);
const USERS = 8;
const WORKERS = 8;
const OPS = 2000;
const START_POINTS = 100;
const REWARDS = [
  { shop: 0, cost: 5, stock: 150 },
  { shop: 0, cost: 12, stock: 100 },
  { shop: 1, cost: 40, stock: 25 },
  { shop: 1, cost: 3, stock: 6 },
];

type Op = 'earn' | 'redeem' | 'cancel' | 'fulfil' | 'expire';
type Known = { id: number; code: string; user: number; shop: number };

/**
 * Invariants 1 and 4 (docs/architecture.md §8) under load: earnings, redemptions, cancellations, fulfilments and
 * expiries from several users at once, through HTTP, in a random order drawn from a printed seed.
 */
describe('Ledger under a seeded random run', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it(`keeps every balance equal to its ledger and every stock exact after ${OPS} mixed operations`, async () => {
    console.info(`ledger-random: seed ${SEED} (replay with LEDGER_SEED=${SEED}), ${OPS} operations`);
    const expiresAfterMs = t.app.get<Config>(CONFIG).points.redemption.expiresAfterHours * 3600_000;
    const expiry = t.app.get(RedemptionsService);
    const cellId = (await seedCells(t.dataSource, [{ key: 'v', name: '随机村', type: 'village' }])).v;
    const admin = await t.signIn(['admin']);
    const keepers: Token[] = [];
    const shopIds: number[] = [];
    for (const name of ['随机村积分超市', '随机村兑换站']) {
      const { shopId, keeper } = await openShop(t, admin, cellId, { name });
      keepers.push(keeper);
      shopIds.push(shopId);
    }
    const rewardIds: number[] = [];
    for (const [i, r] of REWARDS.entries()) {
      rewardIds.push(await addReward(t, admin, shopIds[r.shop], { name: `奖品${i}`, cost: r.cost, stock: r.stock }));
    }
    const users: Token[] = [];
    for (let i = 0; i < USERS; i++) users.push(await t.signIn());

    // What the test knows for sure: adjustments that succeeded, and redemptions that were made.
    const earned = new Array<number>(USERS).fill(0);
    const known: Known[] = [];
    const tally = new Map<string, number>();
    const unexpected: string[] = [];
    const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
    const check = (op: Op, res: TestResponse, allowed: string[]) => {
      const outcome = res.status < 300 ? `${res.status}` : `${res.status} ${res.json.code}`;
      count(`${op} ${outcome}`);
      if (!allowed.includes(outcome)) unexpected.push(`${op}: ${outcome} ${res.text.slice(0, 200)}`);
    };

    const adjust = async (user: number, amount: number) => {
      const res = await t.postIdempotent('/api/points/adjustments', {
        token: admin.token,
        body: { userId: users[user].userId, amount, reason: '随机调整' },
      });
      check('earn', res, amount > 0 ? ['201'] : ['201', '409 INSUFFICIENT_POINTS']);
      if (res.status === 201) earned[user] += amount;
    };
    for (let i = 0; i < USERS; i++) await adjust(i, START_POINTS);

    const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
    const step = async (rand: () => number): Promise<void> => {
      const user = Math.floor(rand() * USERS);
      const roll = rand();
      if (roll < 0.25) {
        // Mostly earnings; now and then a correction that may be refused.
        const amount = rand() < 0.85 ? 1 + Math.floor(rand() * 15) : -(1 + Math.floor(rand() * 20));
        return adjust(user, amount);
      }
      if (roll < 0.65) {
        const reward = Math.floor(rand() * REWARDS.length);
        const res = await t.postIdempotent('/api/redemptions', {
          token: users[user].token,
          body: { rewardId: rewardIds[reward] },
        });
        check('redeem', res, ['201', '409 INSUFFICIENT_POINTS', '409 OUT_OF_STOCK']);
        if (res.status === 201) {
          known.push({ id: res.json.id as number, code: res.json.code as string, user, shop: REWARDS[reward].shop });
        }
        return;
      }
      if (roll < 0.8) {
        // Recent ones mostly: old ones have usually been closed already.
        const mine = known.slice(-40).filter((k) => k.user === user);
        if (!mine.length) return;
        const target = pick(rand, mine);
        const res = await t.postIdempotent(`/api/redemptions/${target.id}/cancel`, { token: users[user].token });
        return check('cancel', res, ['200', '409 REDEMPTION_CLOSED']);
      }
      if (roll < 0.96) {
        if (!known.length) return;
        const target = pick(rand, known.slice(-20));
        const res = await t.request('POST', '/api/redemptions/fulfil', {
          token: keepers[target.shop].token,
          body: { code: target.code.toLowerCase() },
        });
        return check('fulfil', res, ['200', '409 REDEMPTION_CLOSED']);
      }
      // Fake time: the clock jumps past the expiry of whatever was made more than `lag` ms ago.
      const lag = Math.floor(rand() * 5000);
      const expired = await expiry.expireDue(new Date(Date.now() + expiresAfterMs - lag));
      count('expire run');
      tally.set('expired', (tally.get('expired') ?? 0) + expired);
    };

    const perWorker = OPS / WORKERS;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: WORKERS }, async (_, w) => {
        const rand = mulberry32((SEED + Math.imul(w + 1, 0x9e3779b9)) >>> 0);
        for (let i = 0; i < perWorker; i++) await step(rand);
      }),
    );
    console.info(
      `ledger-random: ${OPS} operations in ${Date.now() - started} ms: ${JSON.stringify(Object.fromEntries([...tally].sort()))}`,
    );

    expect(unexpected).toEqual([]);
    await expectLedgerConsistent(t);

    const rows: { id: number; rewardId: number; requestedByUserId: number; cost: number; status: string }[] =
      await t.dataSource.query('SELECT id, rewardId, requestedByUserId, cost, status FROM redemptions');
    expect(rows.map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual(known.map((k) => k.id).sort((a, b) => a - b));
    const holding = (r: { status: string }) => r.status === 'pending' || r.status === 'fulfilled';

    // Each user's balance: what they earned, less what their redemptions still hold.
    for (const [i, user] of users.entries()) {
      const held = rows
        .filter((r) => Number(r.requestedByUserId) === user.userId && holding(r))
        .reduce((sum, r) => sum + Number(r.cost), 0);
      const balance = (await t.request('GET', '/api/points', { token: user.token })).json.balance as number;
      expect({ user: i, balance }).toEqual({ user: i, balance: earned[i] - held });
      expect(balance).toBeGreaterThanOrEqual(0);
    }

    // Each reward's stock: what it started with, less the units redemptions still hold.
    for (const [i, id] of rewardIds.entries()) {
      const stock = await stockOf(t, id);
      const out = rows.filter((r) => Number(r.rewardId) === id && holding(r)).length;
      expect({ reward: i, stock }).toEqual({ reward: i, stock: REWARDS[i].stock - out });
      expect(stock).toBeGreaterThanOrEqual(0);
    }

    // One spend per redemption, and one refund for each one given back, never two.
    const entries: { refId: number; kind: string; n: number | string }[] = await t.dataSource.query(
      "SELECT refId, kind, COUNT(*) AS n FROM ledger_entries WHERE refType = 'redemption' GROUP BY refId, kind",
    );
    const per = new Map<string, number>(entries.map((e) => [`${e.refId} ${e.kind}`, Number(e.n)]));
    for (const r of rows) {
      expect({ id: r.id, spent: per.get(`${r.id} redemption`) }).toEqual({ id: r.id, spent: 1 });
      expect({ id: r.id, refunded: per.get(`${r.id} redemption_refund`) ?? 0 }).toEqual({
        id: r.id,
        refunded: holding(r) ? 0 : 1,
      });
    }
    expect(tally.get('redeem 201') ?? 0).toBeGreaterThan(0);
  });
});
