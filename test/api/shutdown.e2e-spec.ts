import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isErrorResponse } from '@zerowaste/shared';
import { FakeWechatServer } from '../support/fake-wechat';
import { freshDatabase } from './support/fresh-database';

// The real process, as a service manager or `npm start` runs it: signals, exit codes and log lines
// are what this suite is about.
const ROOT = join(__dirname, '../..');
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const GRACE_SECONDS = 10;
const QR_SECRET = 'shutdown-suite-qr-secret-0123456789abcdef';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  json: Record<string, unknown>;
}

interface Running {
  child: ChildProcess;
  port: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Spawns `command` (the API, or `npm start`) and waits until the API answers its health check. */
async function launch(command: string, args: string[], env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exit = once(child, 'exit').then(([code, signal]) => ({ code, signal }));
  const running = { child, port, output: () => output, exit };
  const deadline = Date.now() + 30_000;
  let exited = false;
  void exit.then(() => (exited = true));
  while (
    !(await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (exited || Date.now() > deadline) throw new Error(`the API did not start:\n${output}`);
    await sleep(100);
  }
  return running;
}

async function call(port: number, method: string, path: string, token?: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: {}, json: (await response.json()) as Record<string, unknown> };
}

/**
 * A drop on its own connection. `holdBack` sends the headers and half the body now and the rest on
 * `finish()`; `leave()` is a client that goes away without reading the answer.
 */
function startDrop(port: number, token: string, qr: string, holdBack = false) {
  const body = JSON.stringify({ qr });
  const req = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/drops',
    agent: false,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'idempotency-key': randomUUID(),
    },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(text) }));
    });
  });
  const half = body.length >> 1;
  if (holdBack) req.write(body.slice(0, half));
  else req.end(body);
  return { answer, finish: () => req.end(body.slice(half)), leave: () => req.destroy() };
}

/** Reads one HTTP/1.1 answer with a Content-Length from a raw socket. */
async function readAnswer(socket: Socket): Promise<Answer> {
  let buffered = '';
  for (;;) {
    const [chunk] = (await once(socket, 'data')) as [Buffer];
    buffered += chunk.toString('utf8');
    const end = buffered.indexOf('\r\n\r\n');
    if (end < 0) continue;
    const [statusLine, ...lines] = buffered.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(
      lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    const body = buffered.slice(end + 4);
    if (Buffer.byteLength(body) < Number(headers['content-length'])) continue;
    return { status: Number(statusLine.split(' ')[1]), headers, json: JSON.parse(body) };
  }
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => resolve(!socket.destroy()));
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });

/** Running, and not a zombie waiting for a parent to read its exit status. */
const isRunning = (pid: number) => /^[^Z]/.test(spawnSync('ps', ['-o', 'stat=', '-p', String(pid)]).stdout.toString());

/** Every process started under `pid`, however deep. */
function descendants(pid: number): number[] {
  const rows = spawnSync('ps', ['-e', '-o', 'pid=,ppid=']).stdout.toString().trim().split('\n');
  const pairs = rows.map((row) => row.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  for (let frontier = [pid]; frontier.length; ) {
    frontier = pairs.filter(([, parent]) => frontier.includes(parent)).map(([child]) => child);
    found.push(...frontier);
  }
  return found;
}

/** Log lines that say something went wrong: pino's error and fatal levels, or a closed pool. */
const errorLines = (output: string) =>
  output.split('\n').filter((line) => /Pool is closed|connection is not open|"level":(50|60)/.test(line));

describe('Graceful stop', () => {
  const wechat = new FakeWechatServer();
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let env: Record<string, string>;

  beforeAll(async () => {
    // The suite runs the built API; the build is incremental, near-instant when nothing changed.
    const build = spawnSync('npx', ['tsc', '-b', 'libs/shared', 'apps/api'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build:api failed:\n${build.stdout}${build.stderr}`);
    db = await freshDatabase();
    env = {
      ...db.env,
      H5_DIR: '',
      DEMO_MODE: '1',
      QR_SECRET,
      WECHAT_APPID: wechat.appId,
      WECHAT_SECRET: wechat.secret,
      WECHAT_API_BASE: await wechat.start(),
      LOGIN_RATE_LIMIT: '1000',
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
    };
  });
  afterAll(async () => {
    await wechat.stop();
    await db?.drop();
  });

  it('finishes the drops in flight on SIGTERM, answers late arrivals 503, exits 0 and loses no answered drop', async () => {
    const api = await launch(process.execPath, [MAIN], env);
    const { port } = api;
    const signIn = async () => {
      const login = await call(port, 'POST', '/api/auth/wechat', undefined, { code: wechat.codeFor(randomUUID()) });
      return login.json.accessToken as string;
    };
    const residents = await Promise.all(Array.from({ length: 50 }, signIn));
    const manager = (await call(port, 'POST', '/api/auth/demo', undefined, { openid: 'demo-manager' })).json;
    const managerToken = manager.accessToken as string;
    const cells = (await call(port, 'GET', '/api/cells', managerToken)).json.items as { id: number }[];
    const bins = await Promise.all(
      cells.map(async (cell) => (await call(port, 'GET', `/api/cells/${cell.id}/bins`, managerToken)).json.items),
    );
    const qr = String((bins.flat() as { qr: string; category: string | null }[]).find((bin) => bin.category)?.qr);

    // A kept-alive connection that has answered once and has begun its next request.
    const keptAlive = connect(port, '127.0.0.1');
    await once(keptAlive, 'connect');
    keptAlive.write('GET /api/health HTTP/1.1\r\nHost: api\r\n\r\n');
    expect((await readAnswer(keptAlive)).status).toBe(200);
    keptAlive.write('POST /api/drops HTTP/1.1\r\nHost: api\r\n');

    // Drops still sending their bodies, then a burst, and clients that leave without their answer.
    const [slowTokens, burstTokens, leavingTokens] = [
      residents.slice(0, 8),
      residents.slice(8, 44),
      residents.slice(44),
    ];
    const slow = slowTokens.map((token) => startDrop(port, token, qr, true));
    await sleep(200);
    const burst = burstTokens.map((token) => startDrop(port, token, qr));
    const leaving = leavingTokens.map((token) => startDrop(port, token, qr));
    for (const drop of leaving) drop.answer.catch(() => undefined);
    await sleep(10);
    for (const drop of leaving) drop.leave();
    await Promise.any(burst.map((drop) => drop.answer));

    const signalled = Date.now();
    api.child.kill('SIGTERM');
    // No new connections once the connections already made are taken in (a loaded server takes a while).
    while (!(await refusesConnections(port))) await sleep(50);
    const body = JSON.stringify({ qr });
    keptAlive.write(
      `authorization: Bearer ${residents[0]}\r\ncontent-type: application/json\r\n` +
        `idempotency-key: ${randomUUID()}\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
    );
    const late = await readAnswer(keptAlive);
    for (const drop of slow) {
      drop.finish();
      await sleep(50);
    }
    const answers = await Promise.all([...slow, ...burst].map((drop) => drop.answer));
    const { code, signal } = await api.exit;
    const stopSeconds = (Date.now() - signalled) / 1000;

    expect(late).toMatchObject({ status: 503, headers: { connection: 'close' }, json: { code: 'SHUTTING_DOWN' } });
    expect(isErrorResponse(late.json)).toBe(true);
    // Requests whose headers had arrived were in flight: they finish, however slow their bodies.
    expect(answers.slice(0, slow.length).map((a) => a.status)).toEqual(slow.map(() => 201));
    for (const answer of answers) {
      if (answer.status !== 201) {
        expect(answer).toMatchObject({ status: 503, json: { code: 'SHUTTING_DOWN' } });
        expect(isErrorResponse(answer.json)).toBe(true);
      }
    }
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(stopSeconds).toBeLessThan(GRACE_SECONDS);
    expect(errorLines(api.output())).toEqual([]);
    const answered = answers.filter((a) => a.status === 201).length;
    console.info(
      `SIGTERM → exit 0 in ${stopSeconds.toFixed(2)} s; ${answered} drops answered 201, ` +
        `${answers.length - answered} answered 503, ${leaving.length} clients left early`,
    );

    // Every drop answered 2xx is in the database.
    const again = await launch(process.execPath, [MAIN], env);
    try {
      const tokens = [...slowTokens, ...burstTokens];
      for (const [i, answer] of answers.entries()) {
        if (answer.status !== 201) continue;
        const mine = await call(again.port, 'GET', '/api/drops/mine', tokens[i]);
        expect((mine.json.items as { id: number }[]).map((d) => d.id)).toContain(
          (answer.json.drop as { id: number }).id,
        );
      }
    } finally {
      again.child.kill('SIGTERM');
      expect((await again.exit).code).toBe(0);
    }
    expect(errorLines(again.output())).toEqual([]);
  });

  it('stops the API with `npm start` when a service manager sends SIGTERM to npm alone', async () => {
    const npm = await launch('npm', ['start'], env);
    const started = descendants(Number(npm.child.pid));
    expect(started.length).toBeGreaterThanOrEqual(2); // the script and the API, under a shell
    try {
      const signalled = Date.now();
      npm.child.kill('SIGTERM');
      const deadline = signalled + GRACE_SECONDS * 1000;
      while (started.some(isRunning) && Date.now() < deadline) await sleep(100);
      expect(started.filter(isRunning)).toEqual([]);
      expect(await refusesConnections(npm.port)).toBe(true);
      console.info(
        `npm start: SIGTERM to npm → every process gone in ${((Date.now() - signalled) / 1000).toFixed(2)} s`,
      );
    } finally {
      for (const pid of started.filter(isRunning)) process.kill(pid, 'SIGKILL');
    }
    expect(errorLines(npm.output())).toEqual([]);
  });
});
