// Benchmarks the built API with autocannon (50 connections) and prints req/s and p99 per route,
// beside three baselines measured in the same run: a trivial route, one primary-key SELECT (the floor
// any read of the database pays), and one INSERT in one transaction (the floor any write pays). For
// each route it also prints the CPU the API and the database spent per request and, on MySQL, the
// statements per request: on a small machine these explain the ratios.
//
//   npm run build:api && node test/bench/api-bench.mjs [--seconds 10] [--sqlite]
//
// By default it creates a fresh MariaDB/MySQL database `zw_bench` on BENCH_DB_SERVER
// (mysql://root@127.0.0.1:3306) and seeds the demo city into it.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import jwt from 'jsonwebtoken';
import { createConnection } from 'mysql2/promise';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, sqlite: { type: 'boolean', default: false } },
});
const seconds = Number(args.seconds);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'zw-bench-'));
// Every drop must earn, so that the figure is the cost of a successful drop: no cool-down, no cap.
const rules = join(dir, 'points.json');
// Every booking must be taken too: residents may hold as many open pickups as the rules allow.
const repoRules = JSON.parse(readFileSync(join(ROOT, 'config/points.json'), 'utf8'));
writeFileSync(
  rules,
  JSON.stringify({
    ...repoRules,
    drop: { basePoints: 1, correctBonus: 1, cooldownMinutes: 0, dailyCapPoints: 100000 },
    pickup: { ...repoRules.pickup, maxOpen: 100 },
  }),
);
const port = await freePort();
const env = {
  ...process.env,
  PORT: String(port),
  DEMO_MODE: '1',
  BENCH_ROUTES: '1',
  LOG_LEVEL: 'warn',
  H5_DIR: '',
  JOBS_DISABLED: '1',
  POINTS_CONFIG: rules,
  LOGIN_RATE_LIMIT: '100000',
  JWT_SECRET: `bench-${randomUUID()}-${randomUUID()}`,
};
let database = 'SQLite';
let databasePid = null;
let statusDb = null;
if (args.sqlite) {
  env.SQLITE_PATH = join(dir, 'bench.sqlite');
} else {
  const server = process.env.BENCH_DB_SERVER ?? 'mysql://root@127.0.0.1:3306/test';
  const admin = await createConnection(server);
  await admin.query('DROP DATABASE IF EXISTS zw_bench');
  await admin.query('CREATE DATABASE zw_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  const [[{ version }]] = await admin.query('SELECT VERSION() AS version');
  await admin.end();
  const url = new URL(server);
  url.pathname = '/zw_bench';
  env.DB_URL = url.toString();
  database = `MySQL protocol (${version})`;
  statusDb = await createConnection(server);
  // The server's own pid, to read its CPU; only when it runs on this machine and lets us read it.
  const [[{ pidFile }]] = await statusDb.query('SELECT @@pid_file AS pidFile');
  try {
    databasePid = Number(readFileSync(pidFile, 'utf8').trim()) || null;
  } catch {
    databasePid = null;
  }
}
const api = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], { env, stdio: 'inherit' });
const base = `http://127.0.0.1:${port}`;
const json = (path, init = {}) =>
  fetch(`${base}${path}`, init).then(async (r) => ({ status: r.status, body: await r.json().catch(() => null) }));

async function login(openid) {
  const { body } = await json('/api/auth/demo', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  });
  return { authorization: `Bearer ${body.accessToken}` };
}

/** The demo manager's cell. */
async function demoCellId() {
  const me = await json('/api/me', { headers: await login('demo-manager') });
  return me.body.roles.find((r) => r.role === 'cell_manager')?.scopeId;
}

/**
 * Twenty one-off slots of 1,000 units in the pickup area of `cellId` (made, served by the demo
 * collector, when the demo has none), so that bookings measure taking a place, not a full slot.
 */
async function benchPickupSlots(cellId) {
  const admin = { ...(await login('demo-admin')), 'content-type': 'application/json' };
  const areas = await json('/api/pickup-areas?pageSize=100', { headers: admin });
  let area = areas.body?.items?.find((a) => a.cellIds.includes(cellId));
  if (!area) {
    const collector = await json('/api/me', { headers: await login('demo-collector') });
    const made = await json('/api/pickup-areas', {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ name: '压测片区', cellIds: [cellId], collectorUserIds: [collector.body.id] }),
    });
    area = made.body;
  }
  const slots = [];
  for (let i = 0; i < 20; i += 1) {
    const startsAt = new Date(Date.now() + (3 + i) * 24 * 3600_000 + 17 * 60_000);
    const made = await json(`/api/pickup-areas/${area.id}/slots`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
        capacity: 1000,
      }),
    });
    slots.push(made.body.id);
  }
  return { areaId: area.id, slots };
}

/** A bin's QR from the seeded demo city, or null when the bins feature is not there. */
async function demoBinQr() {
  const manager = await login('demo-manager');
  const cellId = await demoCellId();
  const bins = await json(`/api/cells/${cellId}/bins`, { headers: manager });
  const bin = bins.body?.items?.find((b) => b.category);
  return bin ? bin.qr : null;
}

/**
 * Residents made straight in the database (the log-in path is not what is measured) with our own
 * tokens; living in `homeCellId` when given (on SQLite: the demo users, whose home cells stay as seeded).
 */
async function benchResidents(count, homeCellId = null) {
  const ids = [];
  if (env.DB_URL) {
    const db = await createConnection(env.DB_URL);
    for (let i = 0; i < count; i += 1) {
      const [result] = await db.query('INSERT INTO users (openid, nickname, homeCellId) VALUES (?, ?, ?)', [
        `bench-${randomUUID()}`,
        `压测${i}`,
        homeCellId,
      ]);
      await db.query("INSERT INTO role_grants (userId, role) VALUES (?, 'resident')", [result.insertId]);
      ids.push(result.insertId);
    }
    await db.end();
  } else {
    ids.push(
      ...(await Promise.all(
        ['demo-resident', 'demo-villager', 'demo-collector', 'demo-admin'].map(async (o) => {
          const me = await json('/api/me', { headers: await login(o) });
          return me.body.id;
        }),
      )),
    );
  }
  return ids.map((id) => ({
    authorization: `Bearer ${jwt.sign({}, env.JWT_SECRET, { algorithm: 'HS256', subject: String(id), issuer: 'zerowaste-city', expiresIn: 3600 })}`,
  }));
}

/** CPU seconds a process has used so far (Linux /proc), or null where that cannot be read. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Statements the database has answered so far (MySQL), or null. */
async function statements() {
  if (!statusDb) return null;
  const [[row]] = await statusDb.query("SHOW GLOBAL STATUS LIKE 'Questions'");
  return Number(row.Value);
}

async function measure(name, options) {
  const before = { api: cpuSeconds(api.pid), db: databasePid && cpuSeconds(databasePid), sql: await statements() };
  const result = await autocannon({ connections: 50, duration: seconds, ...options });
  const after = { api: cpuSeconds(api.pid), db: databasePid && cpuSeconds(databasePid), sql: await statements() };
  const total = result.requests.total || 1;
  const perRequest = (a, b) => (a === null || b === null ? null : ((b - a) * 1e6) / total);
  return {
    name,
    rps: result['2xx'] / seconds,
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts,
    apiCpu: perRequest(before.api, after.api),
    dbCpu: perRequest(before.db, after.db),
    // The two status queries themselves are not the route's.
    sql: before.sql === null ? null : (after.sql - before.sql - 1) / total,
  };
}

const rows = [];
try {
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      if (i > 240) throw new Error('API did not start');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const resident = await login('demo-resident');
  rows.push(await measure('baseline: trivial route', { url: `${base}/api/bench/noop` }));
  rows.push(await measure('baseline: one primary-key SELECT', { url: `${base}/api/bench/select` }));
  rows.push(
    await measure('baseline: one INSERT in one transaction', { url: `${base}/api/bench/insert`, method: 'POST' }),
  );
  rows.push(await measure('GET /api/points', { url: `${base}/api/points`, headers: resident }));
  if ((await json('/api/guide/search?q=ylg')).status === 200) {
    const terms = ['易拉罐', 'ylg', 'yilaguan', '电池', '湿垃圾', '外卖', 'pj', 'zhi', '塑料瓶', '骨头'];
    let n = 0;
    rows.push(
      await measure('GET /api/guide/search', {
        url: `${base}/api/guide/search?q=x`,
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              path: `/api/guide/search?q=${encodeURIComponent(terms[n++ % terms.length])}`,
            }),
          },
        ],
      }),
    );
  }
  const qr = await demoBinQr();
  if (qr) {
    // Fifty residents drop at once, as at a busy station; each request carries a fresh key.
    const users = await benchResidents(50);
    let n = 0;
    rows.push(
      await measure('POST /api/drops', {
        url: `${base}/api/drops`,
        method: 'POST',
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              headers: {
                ...users[n++ % users.length],
                'content-type': 'application/json',
                'idempotency-key': randomUUID(),
              },
              body: JSON.stringify({ qr }),
            }),
          },
        ],
      }),
    );
  }
  if (env.DB_URL) {
    // Fifty residents of one area book at once, each request with a fresh key, spread over 20 slots.
    const cellId = await demoCellId();
    const { areaId, slots } = await benchPickupSlots(cellId);
    const users = await benchResidents(50, cellId);
    rows.push(
      await measure('GET /api/pickups/slots', {
        url: `${base}/api/pickups/slots?days=7&areaId=${areaId}`,
        headers: await login('demo-admin'),
      }),
    );
    let n = 0;
    rows.push(
      await measure('POST /api/pickups', {
        url: `${base}/api/pickups`,
        method: 'POST',
        requests: [
          {
            setupRequest: (req) => {
              n += 1;
              return {
                ...req,
                headers: {
                  ...users[n % users.length],
                  'content-type': 'application/json',
                  'idempotency-key': randomUUID(),
                },
                body: JSON.stringify({
                  slotId: slots[n % slots.length],
                  items: [{ category: 'paper', estimatedKg: 8 }],
                  address: { text: '幸福里小区3号楼2单元501', lat: 37.06, lng: 114.49 },
                  phone: '13812345678',
                }),
              };
            },
          },
        ],
      }),
    );
  }
} finally {
  await statusDb?.end();
  api.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

const trivial = rows[0].rps;
const select = rows[1].rps;
const insert = rows[2].rps;
const micros = (value) => (value === null ? '–' : value.toFixed(0));
console.info(`\nautocannon, 50 connections, ${seconds}s per route, ${database}, 2xx answers only\n`);
console.info(
  `${'route'.padEnd(42)} ${'req/s'.padStart(8)} ${'p99 ms'.padStart(7)} ${'API µs'.padStart(7)} ${'DB µs'.padStart(6)} ${'SQL'.padStart(5)}  ratio`,
);
for (const row of rows) {
  const write = row.name.startsWith('POST') || row.name.includes('INSERT');
  const ratio = write
    ? `${((row.rps / insert) * 100).toFixed(0)}% of one INSERT`
    : `${((row.rps / trivial) * 100).toFixed(0)}% of trivial, ${((row.rps / select) * 100).toFixed(0)}% of one SELECT`;
  console.info(
    `${row.name.padEnd(42)} ${row.rps.toFixed(0).padStart(8)} ${String(row.p99).padStart(7)} ${micros(row.apiCpu).padStart(7)} ${micros(row.dbCpu).padStart(6)} ${(row.sql === null ? '–' : row.sql.toFixed(1)).padStart(5)}  ${ratio}${row.bad ? `  (${row.bad} failed)` : ''}`,
  );
}
console.info(
  '\nAPI µs, DB µs: CPU time per request of the API process and of the database server; SQL: statements per request.',
);
