import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ROLE_SCOPE_KIND, ROLES, type Role, type RoleGrant, type ScopeKind } from '@zerowaste/shared';
import { DataSource } from 'typeorm';
import { createApp } from '../../../apps/api/src/app.factory';
import { CONFIG, type Config, loadConfig } from '../../../apps/api/src/config/config';
import type { PointsRules } from '../../../apps/api/src/config/points.config';
import { Cell } from '../../../apps/api/src/modules/cells/cell.entity';
import { Region } from '../../../apps/api/src/modules/regions/region.entity';
import { RoleGrantEntity } from '../../../apps/api/src/modules/users/role-grant.entity';
import { User } from '../../../apps/api/src/modules/users/user.entity';
import { FakeWechatServer } from '../../support/fake-wechat';
import { freshDatabase } from './fresh-database';

/** A signed-in user: the bearer token and the user's id. */
export interface SignedIn {
  token: string;
  userId: number;
}

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  wechat: FakeWechatServer;
  dataSource: DataSource;
  /** The app's log lines (pino JSON), when started with `captureLogs`. */
  logs: string[];
  /** fetch against the API; JSON bodies are sent as JSON. */
  request(method: string, path: string, options?: RequestOptions): Promise<TestResponse>;
  /** POST to a route that earns or spends points: with a fresh Idempotency-Key unless `key` is given (null sends none). */
  postIdempotent(path: string, options?: IdempotentOptions): Promise<TestResponse>;
  /** Creates a user with these roles (through WeChat log-in, then the database) and returns a bearer token. */
  signIn(roles?: (Role | RoleGrant)[], nickname?: string): Promise<SignedIn>;
  close(): Promise<void>;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface IdempotentOptions {
  token?: string;
  body?: unknown;
  key?: string | null;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  // Suites read fields of many shapes; each test asserts the ones it cares about.
  json: Record<string, unknown> & { [key: string]: unknown };
}

/**
 * Starts the real app on a fresh database: a temp SQLite file, or, when DB_URL is set, a new
 * MariaDB/MySQL database of its own on that server (dropped at close). `pointsRules` replaces
 * sections of config/points.json for this app.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  { pointsRules, captureLogs }: { pointsRules?: Partial<PointsRules>; captureLogs?: boolean } = {},
): Promise<TestApp> {
  const wechat = new FakeWechatServer();
  const wechatBase = await wechat.start();
  const db = await freshDatabase();
  const rules = pointsRules && pointsRulesFile(pointsRules);
  const config = loadConfig({
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'fatal',
    H5_DIR: '',
    WECHAT_APPID: wechat.appId,
    WECHAT_SECRET: wechat.secret,
    WECHAT_API_BASE: wechatBase,
    WECHAT_TIMEOUT_MS: '2000',
    LOGIN_RATE_LIMIT: '1000',
    ...db.env,
    ...(rules && { POINTS_CONFIG: rules.path }),
    ...env,
  });
  const logs: string[] = [];
  const app = await createApp(config, captureLogs ? { write: (line) => logs.push(line) } : undefined);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const dataSource = app.get(DataSource);

  const request: TestApp['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let json = {} as TestResponse['json'];
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON (docs HTML, static files): tests read `text`.
    }
    return { status: response.status, headers: response.headers, text, json };
  };

  const postIdempotent: TestApp['postIdempotent'] = (path, { key = randomUUID(), ...options } = {}) =>
    request('POST', path, { ...options, headers: key === null ? {} : { 'idempotency-key': key } });

  const signIn: TestApp['signIn'] = async (roles = [], nickname) => {
    const openid = `o${randomBytes(10).toString('hex')}`;
    const login = await request('POST', '/api/auth/wechat', { body: { code: wechat.codeFor(openid) } });
    if (login.status !== 200) throw new Error(`log-in failed: ${login.status} ${login.text}`);
    const userId = (login.json.user as { id: number }).id;
    if (nickname) await dataSource.getRepository(User).update({ id: userId }, { nickname });
    const grants = roles.map((r) => (typeof r === 'string' ? { role: r, scopeKind: null, scopeId: null } : r));
    if (grants.length) {
      await dataSource
        .getRepository(RoleGrantEntity)
        .insert(
          grants.map((g) => ({ userId, role: g.role, scopeKind: g.scopeKind ?? null, scopeId: g.scopeId ?? null })),
        );
    }
    return { token: login.json.accessToken as string, userId };
  };

  return {
    app,
    baseUrl,
    wechat,
    dataSource,
    logs,
    request,
    postIdempotent,
    signIn,
    close: async () => {
      await app.close();
      await wechat.stop();
      await db.drop();
      rules?.remove();
    },
  };
}

/** The env that points another app instance at `t`'s database (a second replica). */
export function sameDatabase(t: TestApp): Record<string, string> {
  const { db } = t.app.get<Config>(CONFIG);
  return db.driver === 'mysql' ? { DB_URL: db.url } : { SQLITE_PATH: db.path };
}

/** config/points.json with some sections replaced, written to a temp file. */
function pointsRulesFile(overrides: Partial<PointsRules>): { path: string; remove: () => void } {
  const defaults = JSON.parse(readFileSync(join(__dirname, '../../../config/points.json'), 'utf8')) as PointsRules;
  const dir = mkdtempSync(join(tmpdir(), 'zw-points-'));
  const path = join(dir, 'points.json');
  writeFileSync(path, JSON.stringify({ ...defaults, ...overrides }));
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The cast many suites start from: an admin, a resident, and a manager for each of `cells`. */
export async function signInCast<K extends string>(
  t: TestApp,
  cells: Record<K, number>,
): Promise<{ admin: SignedIn; resident: SignedIn; managers: Record<K, SignedIn> }> {
  const admin = await t.signIn(['admin']);
  const resident = await t.signIn();
  const managers = {} as Record<K, SignedIn>;
  for (const key of Object.keys(cells) as K[]) {
    managers[key] = await t.signIn([{ role: 'cell_manager', scopeKind: 'cell', scopeId: cells[key] }]);
  }
  return { admin, resident, managers };
}

/**
 * One user per role, each holding just that role (and the resident role every user gets), scoped to
 * `scopes`' records where the role is scoped (a manager and an inspector to its cells, a shopkeeper to
 * its shops); a scoped role with nothing to point at yet is held unscoped.
 */
export async function signInEveryRole(
  t: TestApp,
  scopes: Partial<Record<ScopeKind, number[]>>,
): Promise<Record<Role, SignedIn>> {
  const users = {} as Record<Role, SignedIn>;
  for (const role of ROLES) {
    const kind = ROLE_SCOPE_KIND[role];
    const ids = (kind && scopes[kind]) || [];
    const grants = ids.length ? ids.map((scopeId) => ({ role, scopeKind: kind ?? null, scopeId })) : [role];
    users[role] = await t.signIn(role === 'resident' ? [] : grants, role);
  }
  return users;
}

/** A minimal region tree and cells for a suite that needs cells: returns the cells' ids by key. */
export async function seedCells(
  dataSource: DataSource,
  cells: { key: string; name: string; lat?: number; lng?: number; regionCode?: string; type?: Cell['type'] }[],
): Promise<Record<string, number>> {
  const regions = dataSource.getRepository(Region);
  if (!(await regions.count())) {
    await regions.insert([
      { code: '130000', name: '河北省', level: 'province', parentCode: null },
      { code: '130500', name: '邢台市', level: 'city', parentCode: '130000' },
      { code: '130502', name: '襄都区', level: 'county', parentCode: '130500' },
      { code: '130503', name: '信都区', level: 'county', parentCode: '130500' },
      { code: '130502001', name: '西大街街道', level: 'town', parentCode: '130502' },
    ]);
  }
  const ids: Record<string, number> = {};
  for (const c of cells) {
    const saved = await dataSource.getRepository(Cell).save({
      name: c.name,
      type: c.type ?? 'community',
      regionCode: c.regionCode ?? '130502001',
      address: `${c.name}地址`,
      households: 100,
      lat: c.lat ?? null,
      lng: c.lng ?? null,
      status: 'building',
    });
    ids[c.key] = saved.id;
  }
  return ids;
}
