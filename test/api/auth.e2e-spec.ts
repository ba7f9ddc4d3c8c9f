import { DEMO_USERS } from '@zerowaste/shared';
import { startTestApp, type TestApp } from './support/test-app';

describe('WeChat log-in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs a new user in as a resident and returns our own token', async () => {
    const res = await t.request('POST', '/api/auth/wechat', { body: { code: t.wechat.codeFor('o-new-user') } });
    expect(res.status).toBe(200);
    expect(res.json.accessToken).toEqual(expect.any(String));
    expect(res.json.expiresIn).toBeGreaterThan(0);
    expect(res.json.user).toMatchObject({ nickname: '微信用户', roles: [{ role: 'resident' }] });

    const me = await t.request('GET', '/api/me', { token: res.json.accessToken as string });
    expect(me.status).toBe(200);
    expect(me.json.id).toBe((res.json.user as { id: number }).id);
  });

  it('sends WeChat the app id, secret, code and grant type as query parameters', async () => {
    const code = t.wechat.codeFor('o-params');
    await t.request('POST', '/api/auth/wechat', { body: { code } });
    expect(t.wechat.calls.at(-1)).toEqual({
      path: '/sns/jscode2session',
      query: { appid: t.wechat.appId, secret: t.wechat.secret, js_code: code, grant_type: 'authorization_code' },
    });
  });

  it('finds the same account when the same person signs in again', async () => {
    const first = await t.request('POST', '/api/auth/wechat', { body: { code: t.wechat.codeFor('o-returning') } });
    const second = await t.request('POST', '/api/auth/wechat', { body: { code: t.wechat.codeFor('o-returning') } });
    expect((second.json.user as { id: number }).id).toBe((first.json.user as { id: number }).id);
  });

  it('creates one account when the same new person signs in twice at once', async () => {
    const codes = Array.from({ length: 8 }, () => t.wechat.codeFor('o-racing'));
    const results = await Promise.all(codes.map((code) => t.request('POST', '/api/auth/wechat', { body: { code } })));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(new Set(results.map((r) => (r.json.user as { id: number }).id)).size).toBe(1);
  });

  it('never returns the session_key, the openid or the app secret', async () => {
    const res = await t.request('POST', '/api/auth/wechat', { body: { code: t.wechat.codeFor('o-secretive') } });
    const me = await t.request('GET', '/api/me', { token: res.json.accessToken as string });
    for (const text of [res.text, me.text]) {
      for (const key of t.wechat.sessionKeys) expect(text).not.toContain(key);
      expect(text).not.toContain('session_key');
      expect(text).not.toContain('o-secretive');
      expect(text).not.toContain(t.wechat.secret);
    }
  });

  it('refuses an invalid code with 401', async () => {
    const res = await t.request('POST', '/api/auth/wechat', { body: { code: 'never-issued' } });
    expect(res.status).toBe(401);
    expect(res.json.code).toBe('WECHAT_CODE_INVALID');
  });

  it('refuses a code used a second time with 401', async () => {
    const code = t.wechat.codeFor('o-once');
    expect((await t.request('POST', '/api/auth/wechat', { body: { code } })).status).toBe(200);
    const replay = await t.request('POST', '/api/auth/wechat', { body: { code } });
    expect(replay.status).toBe(401);
    expect(replay.json.code).toBe('WECHAT_CODE_INVALID');
  });

  it('answers 503 when WeChat is busy', async () => {
    const code = t.wechat.code('busy-code', { errcode: -1, errmsg: 'system error' });
    const res = await t.request('POST', '/api/auth/wechat', { body: { code } });
    expect(res.status).toBe(503);
    expect(res.json.code).toBe('WECHAT_UNAVAILABLE');
  });

  it('answers 403 for a user WeChat marks as high risk', async () => {
    const code = t.wechat.code('risky-code', { errcode: 40226, errmsg: 'high risk' });
    const res = await t.request('POST', '/api/auth/wechat', { body: { code } });
    expect(res.status).toBe(403);
  });

  it('refuses a code that is not a code, without calling WeChat', async () => {
    const before = t.wechat.calls.length;
    const res = await t.request('POST', '/api/auth/wechat', { body: { code: 'a b&c=d' } });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ field: 'code' })]);
    expect(t.wechat.calls.length).toBe(before);
  });

  it('refuses the demo log-in when demo mode is off', async () => {
    const res = await t.request('POST', '/api/auth/demo', { body: { openid: 'demo-resident' } });
    expect(res.status).toBe(404);
    expect((await t.request('GET', '/api/meta')).json.demoMode).toBe(false);
  });
});

describe('WeChat log-in when WeChat is misconfigured or down', () => {
  it('answers 502 when WeChat refuses our app secret', async () => {
    const t = await startTestApp({ WECHAT_SECRET: 'not-the-right-secret' });
    try {
      const res = await t.request('POST', '/api/auth/wechat', { body: { code: t.wechat.codeFor('o-x') } });
      expect(res.status).toBe(502);
      expect(res.json.code).toBe('WECHAT_REJECTED');
      expect(res.text).not.toContain('not-the-right-secret');
    } finally {
      await t.close();
    }
  });

  it('answers 503 when WeChat cannot be reached', async () => {
    const t = await startTestApp({ WECHAT_API_BASE: 'http://127.0.0.1:9' });
    try {
      const res = await t.request('POST', '/api/auth/wechat', { body: { code: 'whatever' } });
      expect(res.status).toBe(503);
      expect(res.json.code).toBe('WECHAT_UNAVAILABLE');
    } finally {
      await t.close();
    }
  });
});

describe('Demo log-in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_MODE: '1' });
  });
  afterAll(() => t.close());

  it('signs in every seeded demo user with their role', async () => {
    expect((await t.request('GET', '/api/meta')).json.demoMode).toBe(true);
    for (const demo of DEMO_USERS) {
      const res = await t.request('POST', '/api/auth/demo', { body: { openid: demo.openid } });
      expect(res.status).toBe(200);
      const user = res.json.user as { nickname: string; roles: { role: string }[] };
      expect(user.nickname).toBe(demo.nickname);
      expect(user.roles.map((r) => r.role)).toContain(demo.role);
    }
  });

  it('refuses an openid that is not a demo user', async () => {
    const res = await t.request('POST', '/api/auth/demo', { body: { openid: 'o-real-person' } });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ field: 'openid' })]);
  });
});

describe('Log-in rate limit', () => {
  it('answers 429 after too many attempts from one address', async () => {
    const t = await startTestApp({ LOGIN_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '60' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        statuses.push((await t.request('POST', '/api/auth/wechat', { body: { code: 'bad' } })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const limited = await t.request('POST', '/api/auth/wechat', { body: { code: 'bad' } });
      expect(limited.json.code).toBe('RATE_LIMITED');
      // Other routes are not limited by log-in attempts.
      expect((await t.request('GET', '/api/meta')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
