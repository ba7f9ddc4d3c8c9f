import { randomInt } from 'node:crypto';
import sharp from 'sharp';
import { ResponseChecker } from './support/fuzz/check';
import { mutationsOf } from './support/fuzz/mutations';
import { listOperations, type OpenApiDocument, type Operation } from './support/fuzz/openapi';
import { Prng } from './support/fuzz/prng';
import { type Assets, type FuzzRequest, freshHeaders, validRequest } from './support/fuzz/request';
import { send } from './support/fuzz/send';
import { Pools, ValueGenerator } from './support/fuzz/values';
import { startTestApp, type TestApp } from './support/test-app';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomInt(2 ** 31);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000);
// A scaled-up run gets the time it needs (about 10 ms a request, with room for a busy machine).
const TIMEOUT_MS = 120_000 + REQUESTS * 30;
const ROLES = ['nobody', 'resident', 'admin'] as const;
type Role = (typeof ROLES)[number];

interface Failure {
  where: string;
  problem: string;
  status: number;
  excerpt: string;
}

/**
 * Reads the app's own OpenAPI document and, for every operation, sends a valid request and seeded
 * mutations of it as nobody, a resident and an admin. A route added later is covered the day it is
 * written. `FUZZ_SEED` replays a run; `FUZZ_REQUESTS` scales it.
 */
describe('OpenAPI fuzzer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_MODE: '1', LOGIN_RATE_LIMIT: '100000' });
  });
  afterAll(() => t.close());

  it(
    'answers every operation, valid or bent, as its document says: never ≥ 500, errors in the one shape',
    async () => {
      process.stdout.write(`OpenAPI fuzzer: seed ${SEED}, ${REQUESTS} requests (FUZZ_SEED=${SEED} replays this run)\n`);
      const started = Date.now();
      const doc = (await t.request('GET', '/api/docs-json')).json as unknown as OpenApiDocument;
      const operations = listOperations(doc);
      expect(operations.length).toBeGreaterThan(0);

      const resident = await demoSignIn('demo-resident');
      const admin = await demoSignIn('demo-admin');
      const tokens: Record<Role, string | undefined> = {
        nobody: undefined,
        resident: resident.token,
        admin: admin.token,
      };
      // The fuzzer's own callers stay who they are: no PUT of their roles.
      const pools = new Pools({ users: [resident.userId, admin.userId] });
      const gen = new ValueGenerator(doc, pools);
      const checker = new ResponseChecker(doc);
      const assets: Assets = { png: await tinyPng() };
      const failures = new Map<string, Failure & { count: number }>();
      const sent: Record<Role, number> = { nobody: 0, resident: 0, admin: 0 };
      const ranLogic = new Set<string>();
      let fiveHundreds = 0;

      const run = async (op: Operation, role: Role, mutation: string, req: FuzzRequest, mustRefuse = false) => {
        sent[role]++;
        const res = await send(t.baseUrl, req, tokens[role]).catch((error: Error) => ({
          status: 0,
          contentType: '',
          text: `no answer: ${error.message}`,
          json: undefined,
        }));
        if (res.status >= 500) fiveHundreds++;
        const accepted = res.status >= 200 && res.status < 300;
        if (accepted) {
          pools.harvest(op.path, res.json);
          if (mutation === 'valid') ranLogic.add(op.id);
        }
        const problem = res.status === 0 ? res.text : checker.problem(op, res, mustRefuse);
        if (!problem) return accepted;
        const where = `${op.id} as ${role}, ${mutation}`;
        const key = `${where}: ${problem}`;
        const seen = failures.get(key);
        if (seen) seen.count++;
        else failures.set(key, { where, problem, status: res.status, excerpt: res.text.slice(0, 160), count: 1 });
        return accepted;
      };

      // Warm-up: the reads, as the admin and the resident, to learn real ids (lists first, then by id).
      const reads = operations.filter((op) => op.method === 'GET');
      for (const op of [...reads.filter((o) => !o.path.includes('{')), ...reads.filter((o) => o.path.includes('{'))]) {
        for (const role of ['admin', 'resident'] as const) {
          const rng = Prng.forKey(SEED, `warm-up ${op.id} ${role}`);
          await run(op, role, 'valid', validRequest(op, gen, pools, rng, assets, true));
        }
      }

      // A nobody on a route that needs a token meets the guard first: a smaller share of the requests.
      const weight = (op: Operation, role: Role) => (role === 'nobody' && op.secured ? 0.25 : 1);
      const totalWeight = operations.reduce((sum, op) => sum + ROLES.reduce((s, role) => s + weight(op, role), 0), 0);
      for (const op of operations) {
        for (const role of ROLES) {
          const rng = Prng.forKey(SEED, `${op.id} ${role}`);
          const budget = Math.max(1, Math.round((REQUESTS * weight(op, role)) / totalWeight));
          // Up to three tries at a request the route accepts (values drawn from the schemas miss now and then).
          let valid = validRequest(op, gen, pools, rng, assets);
          for (let attempt = 1; ; attempt++) {
            const accepted = await run(op, role, 'valid', valid);
            if (accepted || attempt === 3 || (role === 'nobody' && op.secured)) break;
            valid = validRequest(op, gen, pools, rng, assets);
          }
          const { always, sampled } = mutationsOf(op, valid, gen, rng);
          const chosen = [...always, ...rng.shuffle(sampled)].slice(0, budget - 1);
          for (const m of chosen) await run(op, role, m.name, freshHeaders(op, valid, m.request, rng), m.mustRefuse);
        }
      }

      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `OpenAPI fuzzer: seed ${SEED}; ${operations.length} operations, ${ranLogic.size} answered a valid request with 2xx; ` +
          `sent ${ROLES.map((r) => `${sent[r]} as ${r}`).join(', ')}; ${fiveHundreds} answers ≥ 500; ${seconds} s\n`,
      );
      const neverAccepted = operations.filter((op) => !ranLogic.has(op.id)).map((op) => op.id);
      if (neverAccepted.length) process.stdout.write(`No 2xx to a valid request: ${neverAccepted.join('; ')}\n`);
      const lines = [...failures.values()]
        .slice(0, 80)
        .map((f) => `${f.where} → ${f.status}: ${f.problem} (×${f.count}) ${JSON.stringify(f.excerpt)}`);
      expect(
        failures.size ? [`${failures.size} kinds of failure; replay with FUZZ_SEED=${SEED}`, ...lines] : [],
      ).toEqual([]);
    },
    TIMEOUT_MS,
  );

  async function demoSignIn(openid: string): Promise<{ token: string; userId: number }> {
    const res = await t.request('POST', '/api/auth/demo', { body: { openid } });
    if (res.status !== 200) throw new Error(`demo log-in of ${openid} failed: ${res.status} ${res.text}`);
    return { token: res.json.accessToken as string, userId: (res.json.user as { id: number }).id };
  }
});

function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 40, g: 160, b: 90 } } })
    .png()
    .toBuffer();
}
