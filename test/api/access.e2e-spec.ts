import { seedCells, signInCast, startTestApp, type TestApp } from './support/test-app';

/**
 * Who may call what, and which records each caller can see (invariant 5, docs/architecture.md §8):
 * the scenarios beyond access-matrix.e2e-spec.ts, which checks every route's 401, 403 and 404.
 */
describe('Roles and scopes', () => {
  let t: TestApp;
  let cells: Record<string, number>;
  let admin: { token: string; userId: number };
  let managerA: { token: string; userId: number };

  beforeAll(async () => {
    t = await startTestApp();
    cells = await seedCells(t.dataSource, [
      { key: 'a', name: '甲小区', lat: 37.07, lng: 114.5 },
      { key: 'b', name: '乙小区', lat: 37.08, lng: 114.51 },
    ]);
    ({
      admin,
      managers: { a: managerA },
    } = await signInCast(t, cells));
  });
  afterAll(() => t.close());

  it("answers 404 when a manager reads another manager's cell", async () => {
    const res = await t.request('GET', `/api/cells/${cells.b}`, { token: managerA.token });
    expect(res.status).toBe(404);
    expect(res.json.code).toBe('NOT_FOUND');
    const own = await t.request('GET', `/api/cells/${cells.a}`, { token: managerA.token });
    expect(own.status).toBe(200);
    expect(own.json.managerIds).toEqual([managerA.userId]);
  });

  it('lets a manager edit the name of their own cell but not its status, type or region', async () => {
    const ok = await t.request('PATCH', `/api/cells/${cells.a}`, { token: managerA.token, body: { households: 321 } });
    expect(ok.status).toBe(200);
    expect(ok.json.households).toBe(321);
    const locked = await t.request('PATCH', `/api/cells/${cells.a}`, {
      token: managerA.token,
      body: { status: 'certified' },
    });
    expect(locked.status).toBe(403);
    expect(locked.json.message).toContain('status');
    expect((await t.request('GET', `/api/cells/${cells.a}`, { token: admin.token })).json.status).toBe('building');
  });

  it('lists only their own cells to a manager and every cell to an admin', async () => {
    const mine = await t.request('GET', '/api/cells', { token: managerA.token });
    expect((mine.json.items as { id: number }[]).map((c) => c.id)).toEqual([cells.a]);
    const all = await t.request('GET', '/api/cells', { token: admin.token });
    expect(all.json.total).toBe(2);
  });

  it('lets an admin grant a scoped role, which takes effect on the next request', async () => {
    const user = await t.signIn();
    expect((await t.request('GET', `/api/cells/${cells.b}`, { token: user.token })).status).toBe(403);
    const set = await t.request('PUT', `/api/users/${user.userId}/roles`, {
      token: admin.token,
      body: { roles: [{ role: 'resident' }, { role: 'cell_manager', scopeId: cells.b }] },
    });
    expect(set.status).toBe(200);
    expect(set.json.roles).toEqual([
      { role: 'resident', scopeKind: null, scopeId: null },
      { role: 'cell_manager', scopeKind: 'cell', scopeId: cells.b },
    ]);
    expect((await t.request('GET', `/api/cells/${cells.b}`, { token: user.token })).status).toBe(200);

    await t.request('PUT', `/api/users/${user.userId}/roles`, {
      token: admin.token,
      body: { roles: [{ role: 'resident' }] },
    });
    expect((await t.request('GET', `/api/cells/${cells.b}`, { token: user.token })).status).toBe(403);
  });

  it('refuses a grant whose scope is missing or points at nothing, naming the field, and keeps the old roles', async () => {
    const user = await t.signIn(['collector']);
    const cases: [unknown, string][] = [
      [{ roles: [{ role: 'cell_manager' }] }, 'roles.0.scopeId'],
      [{ roles: [{ role: 'resident' }, { role: 'cell_manager', scopeId: 999999 }] }, 'roles.1.scopeId'],
      [{ roles: [{ role: 'cell_manager', scopeKind: 'shop', scopeId: cells.a }] }, 'roles.0.scopeKind'],
      [{ roles: [{ role: 'admin', scopeId: 3 }] }, 'roles.0'],
      [{ roles: [{ role: 'mayor' }] }, 'roles.0.role'],
    ];
    for (const [body, field] of cases) {
      const res = await t.request('PUT', `/api/users/${user.userId}/roles`, { token: admin.token, body });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    const me = await t.request('GET', '/api/me', { token: user.token });
    expect((me.json.roles as { role: string }[]).map((r) => r.role)).toEqual(['resident', 'collector']);
  });

  it('does not let an admin remove their own admin role', async () => {
    const res = await t.request('PUT', `/api/users/${admin.userId}/roles`, {
      token: admin.token,
      body: { roles: [{ role: 'resident' }] },
    });
    expect(res.status).toBe(400);
    expect((await t.request('GET', '/api/users?role=admin', { token: admin.token })).json.total).toBe(1);
  });

  it('answers 404 for roles of a user that does not exist', async () => {
    const res = await t.request('PUT', '/api/users/999999/roles', { token: admin.token, body: { roles: [] } });
    expect(res.status).toBe(404);
  });

  it("applies an admin's role change to the user's very next request", async () => {
    const user = await t.signIn();
    const inspectorRoute = `/api/drops?cellId=${cells.a}`;
    // Warm whatever the replica keeps of the user's roles, then change them.
    expect((await t.request('GET', inspectorRoute, { token: user.token })).status).toBe(403);
    const setRoles = (roles: unknown[]) =>
      t.request('PUT', `/api/users/${user.userId}/roles`, { token: admin.token, body: { roles } });
    expect((await setRoles([{ role: 'inspector', scopeKind: 'cell', scopeId: cells.a }])).status).toBe(200);
    expect((await t.request('GET', inspectorRoute, { token: user.token })).status).toBe(200);
    expect((await setRoles([{ role: 'resident' }])).status).toBe(200);
    expect((await t.request('GET', inspectorRoute, { token: user.token })).status).toBe(403);
  });

  it('stops a deleted account from using its token', async () => {
    const user = await t.signIn();
    await t.dataSource.query('DELETE FROM users WHERE id = ?', [user.userId]);
    const res = await t.request('GET', '/api/me', { token: user.token });
    expect(res.status).toBe(401);
  });
});

describe('Roles changed through another replica', () => {
  let t: TestApp;
  let cellId: number;

  beforeAll(async () => {
    t = await startTestApp({ GRANTS_CACHE_SECONDS: '1' });
    ({ a: cellId } = await seedCells(t.dataSource, [{ key: 'a', name: '丙小区', lat: 37.07, lng: 114.5 }]));
  });
  afterAll(() => t.close());

  it('apply within GRANTS_CACHE_SECONDS on this replica', async () => {
    const user = await t.signIn();
    const inspectorRoute = `/api/drops?cellId=${cellId}`;
    expect((await t.request('GET', inspectorRoute, { token: user.token })).status).toBe(403);
    // Another replica writes the grant: this one has not heard of it and answers from what it keeps.
    await t.dataSource.query(
      "INSERT INTO role_grants (userId, role, scopeKind, scopeId) VALUES (?, 'inspector', 'cell', ?)",
      [user.userId, cellId],
    );
    expect((await t.request('GET', inspectorRoute, { token: user.token })).status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await t.request('GET', inspectorRoute, { token: user.token })).status).toBe(200);
  });
});
