// Benchmarks the built API with autocannon (50 connections) and prints req/s and p99 per route.
// Usage: npm run build:api && node test/bench/api-bench.mjs [seconds]   (DB_URL=mysql://… for MySQL)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const seconds = Number(process.argv[2] ?? 10);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const dir = mkdtempSync(join(tmpdir(), 'zw-bench-'));
const env = { ...process.env, PORT: String(port), DEMO_MODE: '1', LOG_LEVEL: 'warn', H5_DIR: '' };
if (!env.DB_URL) env.SQLITE_PATH = join(dir, 'bench.sqlite');
const api = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], { env, stdio: 'inherit' });
const base = `http://127.0.0.1:${port}`;

try {
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      if (i > 120) throw new Error('API did not start');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const login = await fetch(`${base}/api/auth/demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid: 'demo-resident' }),
  }).then((r) => r.json());
  const auth = { authorization: `Bearer ${login.accessToken}` };

  const routes = [
    ['trivial route: GET /api/meta', '/api/meta', {}],
    ['signed in: GET /api/me', '/api/me', auth],
    ['nearest cells: GET /api/cells/directory', '/api/cells/directory?lat=37.07&lng=114.5&pageSize=20', auth],
  ];
  console.info(`\nautocannon, 50 connections, ${seconds}s each, ${env.DB_URL ? 'MySQL' : 'SQLite'}\n`);
  for (const [name, path, headers] of routes) {
    const result = await autocannon({ url: `${base}${path}`, connections: 50, duration: seconds, headers });
    const errors = result.non2xx + result.errors;
    console.info(
      `${name.padEnd(44)} ${Math.round(result.requests.average).toString().padStart(7)} req/s   p99 ${String(result.latency.p99).padStart(4)} ms${errors ? `   ${errors} errors` : ''}`,
    );
  }
} finally {
  api.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
