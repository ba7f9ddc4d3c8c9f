import { type Env, readInt, readString } from './env';

export const DEFAULT_JWT_SECRET = 'dev-only-jwt-secret-change-me';
export const DEFAULT_QR_SECRET = 'dev-only-qr-secret-change-me';

export interface AuthConfig {
  jwtSecret: string;
  /** Seconds a token lives. */
  jwtTtl: number;
  qrSecret: string;
  /** Log-in attempts allowed per client IP in `loginRateWindow` seconds. */
  loginRateLimit: number;
  loginRateWindow: number;
  /** Seconds a replica may keep a user's roles in memory; a change made through another replica waits this long. 0: read on every request. */
  grantsCacheTtl: number;
}

export function readAuthConfig(env: Env): AuthConfig {
  return {
    jwtSecret: readString(env, 'JWT_SECRET', DEFAULT_JWT_SECRET),
    jwtTtl: readInt(env, 'JWT_TTL_SECONDS', 7 * 24 * 3600, 60, 90 * 24 * 3600),
    qrSecret: readString(env, 'QR_SECRET', DEFAULT_QR_SECRET),
    loginRateLimit: readInt(env, 'LOGIN_RATE_LIMIT', 20, 1, 100_000),
    loginRateWindow: readInt(env, 'LOGIN_RATE_WINDOW_SECONDS', 60, 1, 86_400),
    grantsCacheTtl: readInt(env, 'GRANTS_CACHE_SECONDS', 10, 0, 300),
  };
}
