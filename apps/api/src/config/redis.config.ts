import { type Env, readOptional, readUrl } from './env';

export interface RedisConfig {
  /** When set, rate limits are kept in Redis so that several API replicas share them. */
  url: string | null;
}

export function readRedisConfig(env: Env): RedisConfig {
  return { url: readOptional(env, 'REDIS_URL') ? readUrl(env, 'REDIS_URL', '', ['redis:', 'rediss:']) : null };
}
