import { createHash, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ROLE_SCOPE_KIND, ROLES, type Role } from '@zerowaste/shared';
import { ACCESS_MATRIX, buildWorld, type Rec, type Row, type Side, type World } from './support/access-matrix';

/** A record made for a check, and the side it was made on. */
interface Made {
  record: Rec;
  side: Side;
}

import { startTestApp, type TestApp, type TestResponse } from './support/test-app';

/**
 * What the HTTP server serves that is not the API, and so has no row in the matrix. Fastify also
 * answers HEAD wherever it answers GET (exposeHeadRoutes): those twins share their GET route's row.
 */
const NOT_API: { what: string; matches: (path: string) => boolean }[] = [
  { what: 'the OpenAPI UI, JSON and YAML (@nestjs/swagger)', matches: (path) => /^\/api\/docs([-/]|$)/.test(path) },
  { what: 'the H5 build, static files at / when H5_DIR is set', matches: (path) => !path.startsWith('/api/') },
];

/**
 * Every METHOD + path the running server answers, read from Fastify's own route tree (printRoutes,
 * whose lines are a node's path piece and its methods, indented four characters a level), each
 * confirmed with hasRoute so that a misread line cannot pass unnoticed.
 */
function servedRoutes(app: NestFastifyApplication): string[] {
  const fastify = app.getHttpAdapter().getInstance();
  const pieces: string[] = [];
  const routes: string[] = [];
  for (const line of fastify.printRoutes({ commonPrefix: false }).split('\n')) {
    const node = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!node) continue;
    pieces.length = node[1].length / 4;
    pieces.push(node[2]);
    const path = pieces.join('');
    const methods = node[3]?.split(', ') ?? [];
    for (const method of methods) {
      if (method === 'HEAD' && methods.includes('GET')) continue;
      if (!fastify.hasRoute({ method, url: path })) throw new Error(`misread the route tree: ${method} ${path}`);
      if (!NOT_API.some((x) => x.matches(path))) routes.push(`${method} ${path}`);
    }
  }
  return routes.sort();
}

/** The routes the OpenAPI document describes, as the router spells them (`{id}` → `:id`). */
function documentedRoutes(doc: { paths: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    )
    .sort();
}

const rows = Object.entries(ACCESS_MATRIX).sort(([a], [b]) => a.localeCompare(b));

describe('Route × role access matrix', () => {
  let t: TestApp;
  let world: World;
  let served: string[];
  const counts = { routes: 0, unauthenticated: 0, forbidden: 0, outside: 0, allowed: 0 };

  beforeAll(async () => {
    // No background job (scoring, expiry) may write while a refused request's database is compared.
    t = await startTestApp({ JOBS_DISABLED: 'true' });
    world = await buildWorld(t);
    served = servedRoutes(t.app);
  });
  afterAll(async () => {
    // The figures the closing note asks for.
    process.stdout.write(`Access matrix: ${JSON.stringify(counts)}\n`);
    await t?.close();
  });

  it('has a row for every route the app serves', () => {
    const missing = served.filter((route) => !(route in ACCESS_MATRIX));
    expect({ 'routes without a row in test/api/support/access-matrix.ts': missing }).toEqual({
      'routes without a row in test/api/support/access-matrix.ts': [],
    });
  });

  it('has no row for a route the app no longer serves', () => {
    const gone = rows.map(([route]) => route).filter((route) => !served.includes(route));
    expect({ 'rows whose route the app does not serve': gone }).toEqual({
      'rows whose route the app does not serve': [],
    });
  });

  it('matches the routes the OpenAPI document describes', async () => {
    const doc = await t.request('GET', '/api/docs-json');
    expect(documentedRoutes(doc.json as { paths: Record<string, Record<string, unknown>> })).toEqual(served);
  });

  it('has well-formed rows: an id in the path needs a target, and a target says who reaches it', () => {
    const bad = rows
      .filter(
        ([route, row]) =>
          (route.includes('/:') && !row.target) ||
          !!row.target !== !!row.reach ||
          (Array.isArray(row.who) && row.who.includes('resident')),
      )
      .map(([route]) => route);
    // Every user holds the resident role: a route for residents is a 'signed-in' one.
    expect({ 'malformed rows': bad }).toEqual({ 'malformed rows': [] });
  });

  /**
   * The row's request for `record` (made on `recordSide`) as `role` of side a (none: no token), built
   * before it is sent so that what a body needs (a new user…) is written before the database is compared.
   */
  async function prepare(
    route: string,
    row: Row,
    made: Made | null,
    role?: Role,
    asMethod?: string,
  ): Promise<() => Promise<TestResponse>> {
    const [routeMethod, pattern] = route.split(' ');
    const method = asMethod ?? routeMethod;
    // A row without a target builds its query and body from side a alone.
    const { record, side } = made ?? { record: { id: '' }, side: world.a };
    const path = pattern.replace(/:(\w+)/g, (_, name: string) => String(record.params?.[name] ?? record.id));
    const query = row.query ? `?${row.query(record, side)}` : '';
    const body = row.body ? await row.body(record, side, world) : undefined;
    const token = role && world.a.as[role].token;
    return () => t.request(method, path + query, { token, body, headers: { 'idempotency-key': randomUUID() } });
  }

  /** Every table's rows, hashed: what a refused request must leave exactly as it was. */
  async function fingerprint(): Promise<Map<string, string>> {
    const tables = new Map<string, string>();
    for (const { tableName } of t.dataSource.entityMetadatas) {
      const found: unknown[] = await t.dataSource.query(`SELECT * FROM ${t.dataSource.driver.escape(tableName)}`);
      const lines = found.map((r) => JSON.stringify(r)).sort();
      tables.set(tableName, createHash('sha256').update(lines.join('\n')).digest('hex'));
    }
    return tables;
  }

  /** Calls, and expects the refusal in our error shape with nothing changed in the database. */
  async function expectRefused(
    label: string,
    status: number,
    code: string | null,
    send: () => Promise<TestResponse>,
    writes: boolean,
  ): Promise<void> {
    const before = writes ? await fingerprint() : null;
    const res = await send();
    const after = writes ? await fingerprint() : null;
    // An answer that is not an error (a batch that skipped what the caller may not touch) is kept for retries.
    const kept = res.status < 300 ? ['idempotency_records'] : [];
    const changed =
      before && after
        ? [...before].filter(([table, hash]) => after.get(table) !== hash && !kept.includes(table)).map(([n]) => n)
        : [];
    const shape =
      res.status < 400
        ? null
        : {
            code: code ?? res.json.code,
            messageIsText: typeof res.json.message === 'string',
            otherKeys: Object.keys(res.json).filter((k) => !['code', 'message', 'errors'].includes(k)),
          };
    expect({ call: label, status: res.status, shape, changed }).toEqual({
      call: label,
      status,
      shape: status < 400 ? null : { code: code ?? res.json.code, messageIsText: true, otherKeys: [] },
      changed: [],
    });
    expect({ call: label, code: res.json.code }).toEqual({ call: label, code: code ?? res.json.code });
  }

  /** Calls, and expects no refusal (nor a 500), and no mention of `hidden` (the other side's cell) in the answer. */
  async function expectAllowed(
    label: string,
    send: () => Promise<TestResponse>,
    refusals: number[],
    hidden: string | null,
  ): Promise<void> {
    const res = await send();
    const refused = [...refusals, 500].includes(res.status) ? `${res.status} ${res.text.slice(0, 200)}` : null;
    const leaked = hidden !== null && res.text.includes(hidden);
    expect({ call: label, refused, leaked }).toEqual({ call: label, refused: null, leaked: false });
  }

  it.each(rows)('%s', async (route, row) => {
    const { a, b } = world;
    const writes = !route.startsWith('GET ');
    const make = row.target;
    const fresh = async (side: Side): Promise<Made | null> => (make ? { record: await make(world, side), side } : null);
    counts.routes += 1;

    // A refused caller changes nothing, so one record serves every 401 and 403.
    const record = row.who === 'public' ? null : await fresh(a);
    if (row.who !== 'public') {
      const send = await prepare(route, row, record);
      await expectRefused(`${route} without a token`, 401, 'UNAUTHENTICATED', send, writes);
      counts.unauthenticated += 1;
      if (!writes) {
        // Its HEAD twin runs the same handler, guards included (an answer to HEAD has no body to check).
        const head = await (await prepare(route, row, record, undefined, 'HEAD'))();
        expect({ call: `HEAD twin of ${route} without a token`, status: head.status }).toEqual({
          call: `HEAD twin of ${route} without a token`,
          status: 401,
        });
        counts.unauthenticated += 1;
      }
    }

    const listed = Array.isArray(row.who) ? (row.who as readonly Role[]) : null;
    for (const role of listed ? ROLES.filter((r) => !listed.includes(r)) : []) {
      const send = await prepare(route, row, record, role);
      await expectRefused(`${route} as ${role}`, 403, 'FORBIDDEN', send, writes);
      counts.forbidden += 1;
    }

    const reach = row.reach ?? 'all';
    const outside = row.outside ?? 404;
    const outsideCode = outside === 404 ? 'NOT_FOUND' : null;
    const callers: readonly (Role | undefined)[] = row.who === 'public' ? [undefined] : (listed ?? ROLES);
    for (const role of callers) {
      const as = role ?? 'nobody';
      // An owner, or a scoped role, reaches only its own side; admins and unscoped roles (a collector) reach both.
      const oneSide = role === 'resident' || (!!role && !!ROLE_SCOPE_KIND[role]);
      // What a role's route answers a one-side caller (a manager's list of cells…) never names the other side's cell.
      const hidden = listed && oneSide ? b.cellName : null;
      if (!make) {
        await expectAllowed(`${route} as ${as}`, await prepare(route, row, null, role), [401, 403], hidden);
        counts.allowed += 1;
        continue;
      }
      const reaches =
        reach === 'all' || (!!role && reach.includes(role)) || (role === 'resident' && reach.includes('owner'));
      if (reaches && reach !== 'all' && oneSide) {
        const send = await prepare(route, row, await fresh(b), role);
        await expectRefused(`${route} as ${as} of a, for a record of b`, outside, outsideCode, send, true);
        counts.outside += 1;
      }
      if (!reaches) {
        const send = await prepare(route, row, await fresh(a), role);
        await expectRefused(`${route} as ${as}, for a record of a it does not reach`, outside, outsideCode, send, true);
        counts.outside += 1;
        continue;
      }
      const send = await prepare(route, row, await fresh(a), role);
      await expectAllowed(`${route} as ${as}, for a record it reaches`, send, [401, 403, 404], hidden);
      counts.allowed += 1;
    }
  });
});
