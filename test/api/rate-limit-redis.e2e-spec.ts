import Redis from 'ioredis';
import { startTestApp, type TestApp } from './support/test-app';

const REDIS = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const client = new Redis(REDIS, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

describe('Log-in rate limit shared through Redis', () => {
  let available = false;

  beforeAll(async () => {
    available = await redisAnswers();
    if (!available && process.env.CI === 'true') throw new Error(`Redis is required in CI at ${REDIS}`);
    if (!available) console.warn(`SKIPPED: no Redis at ${REDIS}; the shared rate-limit test did not run`);
  });

  it('counts attempts across two API replicas', async () => {
    if (!available) return;
    // A database of its own, emptied first, so that other runs' counters cannot interfere.
    const url = `${REDIS}/${1 + Math.floor(Math.random() * 15)}`;
    const flush = new Redis(url);
    await flush.flushdb();
    flush.disconnect();
    const env = { REDIS_URL: url, LOGIN_RATE_LIMIT: '4', LOGIN_RATE_WINDOW_SECONDS: '30' };
    const replicas: TestApp[] = [await startTestApp(env), await startTestApp(env)];
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        const replica = replicas[i % 2];
        statuses.push((await replica.request('POST', '/api/auth/wechat', { body: { code: 'bad' } })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
    }
  });
});
