import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app';

const MAIN = join(__dirname, '../../apps/api/dist/main.js');

/** Every route the app really serves, read from Nest's controllers, as `METHOD /api/path/{param}`. */
function registeredRoutes(t: TestApp): string[] {
  const routes: string[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = [base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')]
          .flatMap((part) => part.split('/'))
          .filter(Boolean)
          .map((part) => (part.startsWith(':') ? `{${part.slice(1)}}` : part))
          .join('/');
        routes.push(`${RequestMethod[method]} /api/${path}`.replace(/\/$/, ''));
      }
    }
  }
  return routes;
}

describe('Health and documentation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the database up', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok', db: 'up' });
  });

  it('serves the OpenAPI document with every route, its responses and its errors', async () => {
    const res = await t.request('GET', '/api/docs-json');
    expect(res.status).toBe(200);
    const paths = res.json.paths as Record<
      string,
      Record<string, { responses: Record<string, { content?: Record<string, unknown> }>; summary?: string }>
    >;
    const operations = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(operations.map((o) => o.route).sort()).toEqual(registeredRoutes(t).sort());
    expect(operations.length).toBeGreaterThan(10);
    for (const { route, op } of operations) {
      expect({ route, summary: typeof op.summary }).toEqual({ route, summary: 'string' });
      const statuses = Object.keys(op.responses);
      expect({ route, ok: statuses.some((s) => s.startsWith('2')) }).toEqual({ route, ok: true });
      if (route !== 'GET /api/health' && route !== 'GET /api/meta') {
        expect({ route, errors: statuses.some((s) => s.startsWith('4')) }).toEqual({ route, errors: true });
      }
      // Errors are JSON even where the route's answer is a PDF, a spreadsheet or an image.
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        const types = Object.keys(op.responses[status].content ?? {});
        expect({ route, status, types }).toEqual({ route, status, types: ['application/json'] });
      }
    }
    const schemas = (res.json.components as { schemas: Record<string, { properties?: Record<string, unknown> }> })
      .schemas;
    expect(Object.keys(schemas.ErrorResponseDto.properties ?? {})).toEqual(['code', 'message', 'errors', 'retryAt']);
    expect(Object.keys(schemas.UserResponseDto.properties ?? {})).not.toContain('openid');
  });

  it('serves the interactive docs page', async () => {
    const res = await t.request('GET', '/api/docs');
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });
});

describe('Health when the database is down', () => {
  it('answers 503 with db down', async () => {
    const t = await startTestApp();
    try {
      await t.app.get(DataSource).destroy();
      const res = await t.request('GET', '/api/health');
      expect(res.status).toBe(503);
      expect(res.json).toEqual({ status: 'degraded', db: 'down' });
    } finally {
      await t.app.get(DataSource).initialize();
      await t.close();
    }
  });
});

describe('Production start-up', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
      encoding: 'utf8',
      timeout: 20000,
    });
  const goodSecrets = {
    DB_URL: 'mysql://app:pw@127.0.0.1:1/none',
    JWT_SECRET: 'j'.repeat(40),
    QR_SECRET: 'q'.repeat(40),
    WECHAT_APPID: 'wx1234567890abcdef',
    WECHAT_SECRET: 'real-secret-from-the-platform',
  };

  (existsSync(MAIN) ? it : it.skip)('refuses to start with the default secrets, naming each variable at once', () => {
    const result = run({ DB_URL: goodSecrets.DB_URL });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Refusing to start: fix these variables/);
    for (const name of ['JWT_SECRET', 'QR_SECRET', 'WECHAT_APPID', 'WECHAT_SECRET']) {
      expect(result.stderr).toMatch(new RegExp(`^  ${name}: is missing or still the development default$`, 'm'));
    }
  });

  (existsSync(MAIN) ? it : it.skip)('refuses each weak or default secret and demo mode in production', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ ...goodSecrets, QR_SECRET: 'short' }, /QR_SECRET: must be at least 32/],
      [{ ...goodSecrets, WECHAT_SECRET: '' }, /WECHAT_SECRET/],
      [{ ...goodSecrets, DEMO_MODE: '1' }, /DEMO_MODE: must be off/],
      [{ ...goodSecrets, DB_URL: '' }, /DB_URL: is required in production/],
      [{ ...goodSecrets, PORT: 'eighty' }, /PORT: must be a whole number/],
    ];
    for (const [env, message] of cases) {
      const result = run(env);
      expect({ env, status: result.status }).toEqual({ env, status: 1 });
      expect(result.stderr).toMatch(message);
    }
  });
});
