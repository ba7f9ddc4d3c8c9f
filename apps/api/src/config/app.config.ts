import { resolve } from 'node:path';
import { type Env, readBool, readInt, readOptional, readString } from './env';

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  demoMode: boolean;
  logLevel: string;
  /** Where the H5 build of the mini-program is served from; `null` when it is not served. */
  h5Dir: string | null;
  /** Trust X-Forwarded-For from this many proxies in front (for client IPs in rate limits and logs). */
  trustProxy: boolean;
  bodyLimitBytes: number;
  /** Largest uploaded file (an image before it is re-encoded, a CSV of places). */
  uploadMaxBytes: number;
  /** How long a resident's report that a place is full, broken or closed counts. */
  placeReportHours: number;
  /** Baseline routes for the benchmark scripts (never in production). */
  benchRoutes: boolean;
  /** Background jobs (redemption expiry); an operator may turn them off on a replica. */
  jobsEnabled: boolean;
  /** On SIGTERM, how long requests in flight may take to finish before the database pool closes anyway. */
  shutdownGraceSeconds: number;
}

export function readAppConfig(env: Env): AppConfig {
  return {
    production: env.raw('NODE_ENV') === 'production',
    port: readInt(env, 'PORT', 3000, 0, 65535),
    host: readString(env, 'HOST', '0.0.0.0'),
    demoMode: readBool(env, 'DEMO_MODE', false),
    logLevel: readString(env, 'LOG_LEVEL', 'info'),
    h5Dir:
      env.raw('H5_DIR') === ''
        ? null
        : resolve(readOptional(env, 'H5_DIR') ?? resolve(__dirname, '../../../miniprogram/dist/h5')),
    trustProxy: readBool(env, 'TRUST_PROXY', false),
    bodyLimitBytes: readInt(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 50 * 1024 * 1024),
    uploadMaxBytes: readInt(env, 'UPLOAD_MAX_BYTES', 5 * 1024 * 1024, 1024, 50 * 1024 * 1024),
    placeReportHours: readInt(env, 'PLACE_REPORT_HOURS', 24, 1, 24 * 30),
    benchRoutes: readBool(env, 'BENCH_ROUTES', false),
    jobsEnabled: !readBool(env, 'JOBS_DISABLED', false),
    shutdownGraceSeconds: readInt(env, 'SHUTDOWN_GRACE_SECONDS', 10, 0, 600),
  };
}
