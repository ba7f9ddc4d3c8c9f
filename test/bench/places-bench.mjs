// Times nearby searches over 100,000 places on MariaDB/MySQL: p50 and p99 inside PlacesService
// (in-process, no HTTP), then req/s and p99 over HTTP with autocannon beside the trivial route
// (GET /api/bench/noop) measured in the same run. The places are generated deterministically over
// about 55 × 45 km around Xingtai, in a fresh database `zw_places_bench`.
//
//   npm run build:api && node test/bench/places-bench.mjs [--places 100000] [--seconds 10] [--calls 2000]
//
// BENCH_DB_SERVER picks the server (default mysql://root@127.0.0.1:3306).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createConnection } from 'mysql2/promise';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const dist = (path) => require(join(ROOT, 'apps/api/dist', path));
const { createApp } = dist('app.factory.js');
const { loadConfig } = dist('config/config.js');
const { PlacesService, latBandOf } = dist('modules/places/places.service.js');
const { PLACE_TYPES, WASTE_CATEGORIES } = require('@zerowaste/shared');

const { values: args } = parseArgs({
  options: {
    places: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    calls: { type: 'string', default: '2000' },
  },
});
const PLACES = Number(args.places);
const SECONDS = Number(args.seconds);
const CALLS = Number(args.calls);
const SERVER = process.env.BENCH_DB_SERVER ?? 'mysql://root@127.0.0.1:3306';
const DB = 'zw_places_bench';
const CENTER = { lat: 37.07, lng: 114.5 };
const HOURS = [
  ['Mo-Fr 08:00-18:00; Sa 09:00-12:00; Su off', null],
  ['24/7', null],
  ['22:00-06:00', null],
  [null, null],
];

// A seeded generator, so that every run measures the same city and the same queries.
let seed = 20261203;
const random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const pointInCity = () => ({ lat: CENTER.lat + (random() - 0.5) * 0.5, lng: CENTER.lng + (random() - 0.5) * 0.5 });

const admin = await createConnection(SERVER);
await admin.query(`DROP DATABASE IF EXISTS ${DB}`);
await admin.query(`CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
const [[{ version }]] = await admin.query('SELECT VERSION() AS version');
await admin.end();
const url = new URL(SERVER);
url.pathname = `/${DB}`;

const config = loadConfig({
  ...process.env,
  DB_URL: url.toString(),
  LOG_LEVEL: 'warn',
  H5_DIR: '',
  JOBS_DISABLED: '1',
  BENCH_ROUTES: '1',
});
const app = await createApp(config);
const places = app.get(PlacesService);

// The hours as the API stores them: parsed once per distinct text.
const { parseOpeningHours } = require('@zerowaste/shared');
for (const h of HOURS) h[1] = h[0] ? JSON.stringify(parseOpeningHours(h[0]).hours) : null;

const db = await createConnection(url.toString());
await db.query("INSERT INTO regions (code, name, level, parentCode) VALUES ('130503', '信都区', 'county', NULL)");
const fillStart = performance.now();
for (let i = 0; i < PLACES; i += 2000) {
  const rows = [];
  for (let j = i; j < Math.min(PLACES, i + 2000); j += 1) {
    const p = pointInCity();
    const [hoursText, hours] = HOURS[j % HOURS.length];
    rows.push([
      PLACE_TYPES[j % PLACE_TYPES.length],
      `压测点${j}`,
      `压测地址${j}`,
      p.lat,
      p.lng,
      latBandOf(p.lat),
      JSON.stringify(WASTE_CATEGORIES.filter(() => random() < 0.4)),
      hoursText,
      hours,
      '130503',
    ]);
  }
  await db.query(
    'INSERT INTO places (type, name, address, lat, lng, latBand, categories, hoursText, hours, regionCode) VALUES ?',
    [rows],
  );
}
await db.query('ANALYZE TABLE places');
await db.end();
const fillSeconds = (performance.now() - fillStart) / 1000;

/** p50 and p99 of `CALLS` calls of the service, after a warm-up, with the average answer size. */
async function inService(name, query) {
  const queries = Array.from({ length: CALLS }, () => ({ ...pointInCity(), page: 1, pageSize: 20, ...query }));
  for (const q of queries.slice(0, 200)) await places.nearby(q);
  const times = [];
  let total = 0;
  for (const q of queries) {
    const start = performance.now();
    const page = await places.nearby(q);
    times.push(performance.now() - start);
    total += page.total;
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(2);
  return { name, p50: at(0.5), p99: at(0.99), within: Math.round(total / CALLS) };
}

const service = [
  await inService('radius 2 km', { radius: 2000 }),
  await inService('radius 5 km (default)', {}),
  await inService('radius 5 km, category=hazardous', { category: 'hazardous' }),
  await inService('radius 5 km, openNow=true', { openNow: true }),
  await inService('radius 10 km, types=hazardous_point', { radius: 10_000, types: ['hazardous_point'] }),
];

await app.listen(0, '127.0.0.1');
const base = await app.getUrl();
async function overHttp(name, path, makePath) {
  const result = await autocannon({
    url: `${base}${path}`,
    connections: 50,
    duration: SECONDS,
    ...(makePath && { requests: [{ setupRequest: (req) => ({ ...req, path: makePath() }) }] }),
  });
  return {
    name,
    rps: Math.round(result['2xx'] / SECONDS),
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}
const http = [
  await overHttp('baseline: GET /api/bench/noop', '/api/bench/noop'),
  await overHttp('GET /api/places/nearby (radius 2 km)', '/api/places/nearby', () => {
    const p = pointInCity();
    return `/api/places/nearby?lat=${p.lat.toFixed(5)}&lng=${p.lng.toFixed(5)}&radius=2000`;
  }),
];
await app.close();

const print = (line) => process.stdout.write(`${line}\n`);
print(`\nPlaces nearby, ${PLACES.toLocaleString('en')} places, MySQL protocol (${version})`);
print(`generated and inserted in ${fillSeconds.toFixed(1)} s\n`);
print('inside PlacesService.nearby (ms)          p50     p99   places within (avg)');
for (const r of service) print(`${r.name.padEnd(40)} ${r.p50.padStart(6)}  ${r.p99.padStart(6)}   ${r.within}`);
print(`\nover HTTP, 50 connections, ${SECONDS} s          req/s   p99 ms   non-2xx`);
for (const r of http) {
  print(`${r.name.padEnd(40)} ${String(r.rps).padStart(6)}  ${String(r.p99).padStart(6)}   ${r.bad}`);
}
const ratio = http[1].rps / http[0].rps;
print(`\nnearby serves ${(ratio * 100).toFixed(0)}% of the trivial route's req/s`);
process.exit(0);
