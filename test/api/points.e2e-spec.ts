import { randomUUID } from 'node:crypto';
import { expectLedgerConsistent } from './support/ledger';
import { startTestApp, type TestApp } from './support/test-app';

describe('Points ledger', () => {
  let t: TestApp;
  let admin: { token: string; userId: number };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(['admin']);
  });
  afterAll(() => t.close());

  const adjust = (body: unknown, key?: string | null) =>
    t.postIdempotent('/api/points/adjustments', { token: admin.token, body, key });

  it('starts at zero with an empty history', async () => {
    const user = await t.signIn();
    expect((await t.request('GET', '/api/points', { token: user.token })).json).toEqual({ balance: 0 });
    const entries = await t.request('GET', '/api/points/entries', { token: user.token });
    expect(entries.json).toMatchObject({ items: [], total: 0 });
  });

  it('records an admin adjustment with its reason and shows it newest first', async () => {
    const user = await t.signIn();
    expect((await adjust({ userId: user.userId, amount: 10, reason: '补录投放' })).status).toBe(201);
    const res = await adjust({ userId: user.userId, amount: -3, reason: '误操作更正' });
    expect(res.json).toMatchObject({ kind: 'adjustment', amount: -3, balanceAfter: 7, note: '误操作更正' });
    expect((await t.request('GET', '/api/points', { token: user.token })).json.balance).toBe(7);
    const entries = await t.request('GET', '/api/points/entries', { token: user.token });
    expect((entries.json.items as { amount: number }[]).map((e) => e.amount)).toEqual([-3, 10]);
    await expectLedgerConsistent(t);
  });

  it('refuses an adjustment that would make the balance negative, and writes nothing', async () => {
    const user = await t.signIn();
    await adjust({ userId: user.userId, amount: 5, reason: '初始' });
    const res = await adjust({ userId: user.userId, amount: -6, reason: '超额扣减' });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe('INSUFFICIENT_POINTS');
    expect((await t.request('GET', '/api/points', { token: user.token })).json.balance).toBe(5);
    expect((await t.request('GET', '/api/points/entries', { token: user.token })).json.total).toBe(1);
  });

  it('needs an Idempotency-Key', async () => {
    const user = await t.signIn();
    const res = await adjust({ userId: user.userId, amount: 5, reason: '没有键' }, null);
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('IDEMPOTENCY_KEY_MISSING');
    expect((await adjust({ userId: user.userId, amount: 5, reason: '短键' }, 'short')).status).toBe(400);
  });

  it('replays the first answer for a retry with the same key, and refuses the key with another body', async () => {
    const user = await t.signIn();
    const key = randomUUID();
    const first = await adjust({ userId: user.userId, amount: 4, reason: '重试' }, key);
    const again = await adjust({ reason: '重试', amount: 4, userId: user.userId }, key);
    expect(again.status).toBe(first.status);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const other = await adjust({ userId: user.userId, amount: 40, reason: '重试' }, key);
    expect(other.status).toBe(422);
    expect(other.json.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await t.request('GET', '/api/points', { token: user.token })).json.balance).toBe(4);
  });

  it('makes one entry from 20 concurrent requests with one key', async () => {
    const user = await t.signIn();
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => adjust({ userId: user.userId, amount: 3, reason: '并发重放' }, key)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    for (const r of results.filter((r) => r.status === 201)) expect(r.json.balanceAfter).toBe(3);
    expect((await t.request('GET', '/api/points/entries', { token: user.token })).json.total).toBe(1);
    await expectLedgerConsistent(t);
  });

  it('scopes keys to the user: two admins may use the same key', async () => {
    const other = await t.signIn(['admin']);
    const user = await t.signIn();
    const key = randomUUID();
    await adjust({ userId: user.userId, amount: 1, reason: '甲方调整' }, key);
    const res = await t.postIdempotent('/api/points/adjustments', {
      token: other.token,
      body: { userId: user.userId, amount: 1, reason: '乙方调整' },
      key,
    });
    expect(res.status).toBe(201);
    expect((await t.request('GET', '/api/points', { token: user.token })).json.balance).toBe(2);
  });

  it('lets a failed request be retried with the same key', async () => {
    const user = await t.signIn();
    const key = randomUUID();
    expect((await adjust({ userId: user.userId, amount: -1, reason: '先失败' }, key)).status).toBe(409);
    await adjust({ userId: user.userId, amount: 5, reason: '充值' });
    expect((await adjust({ userId: user.userId, amount: -1, reason: '先失败' }, key)).status).toBe(201);
  });

  it('keeps balances exact under concurrent spends', async () => {
    const user = await t.signIn();
    await adjust({ userId: user.userId, amount: 10, reason: '初始' });
    const results = await Promise.all(
      Array.from({ length: 30 }, () => adjust({ userId: user.userId, amount: -1, reason: '并发扣减' })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    expect(results.filter((r) => r.status === 409)).toHaveLength(20);
    expect((await t.request('GET', '/api/points', { token: user.token })).json.balance).toBe(0);
    await expectLedgerConsistent(t);
  });

  it('refuses adjustments from a non-admin and for an unknown user', async () => {
    const resident = await t.signIn();
    const res = await t.postIdempotent('/api/points/adjustments', {
      token: resident.token,
      body: { userId: resident.userId, amount: 100, reason: '自己加分' },
    });
    expect(res.status).toBe(403);
    expect((await adjust({ userId: 999999, amount: 1, reason: '无此人' })).status).toBe(404);
    expect((await adjust({ userId: resident.userId, amount: 0, reason: '零分调整' })).status).toBe(400);
  });
});
