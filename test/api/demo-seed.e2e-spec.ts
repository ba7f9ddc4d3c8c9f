import { CELL_TYPES, DEMO_USERS } from '@zerowaste/shared';
import { startTestApp } from './support/test-app';

describe('Demo seed', () => {
  it('fills the demo city once: a cell of every type and a user for every role, not again on restart', async () => {
    const t = await startTestApp({ DEMO_MODE: '1' });
    try {
      const admin = (await t.request('POST', '/api/auth/demo', { body: { openid: 'demo-admin' } })).json
        .accessToken as string;
      const cells = await t.request('GET', '/api/cells?pageSize=100', { token: admin });
      const types = new Set((cells.json.items as { type: string }[]).map((c) => c.type));
      expect([...types].sort()).toEqual([...CELL_TYPES].sort());
      const users = await t.request('GET', '/api/users?pageSize=100', { token: admin });
      expect(users.json.total).toBe(DEMO_USERS.length);

      const regions = await t.request('GET', '/api/regions?root=130500');
      const city = (regions.json as unknown as { name: string; children: unknown[] }[])[0];
      expect(city.name).toBe('邢台市');
      expect(city.children).toHaveLength(18);

      // A restart on the same database seeds nothing more.
      const { seedDemoData } = await import('../../apps/api/src/database/seeds/demo-seed');
      expect(await seedDemoData(t.dataSource)).toBe(false);
      expect((await t.request('GET', '/api/users', { token: admin })).json.total).toBe(DEMO_USERS.length);
    } finally {
      await t.close();
    }
  });

  it('never seeds over real data', async () => {
    const t = await startTestApp();
    try {
      await t.signIn();
      const { seedDemoData } = await import('../../apps/api/src/database/seeds/demo-seed');
      expect(await seedDemoData(t.dataSource)).toBe(false);
    } finally {
      await t.close();
    }
  });
});
