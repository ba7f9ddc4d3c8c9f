import { resolve } from 'node:path';
import { type AppConfig, readAppConfig } from './app.config';
import { type AuthConfig, DEFAULT_JWT_SECRET, DEFAULT_QR_SECRET, readAuthConfig } from './auth.config';
import { type DatabaseConfig, readDatabaseConfig } from './database.config';
import { ConfigError, Env, readInt, readOptional, readString, readUrl } from './env';
import {
  type NotificationsConfig,
  placeholderTemplateVariables,
  readNotificationsConfig,
} from './notifications.config';
import { type CarbonFactors, DEFAULT_PII_KEY, type PiiConfig, readCarbonFactors, readPiiConfig } from './pickup.config';
import { type PointsRules, readPointsRules } from './points.config';
import { type RedisConfig, readRedisConfig } from './redis.config';
import { type RubricsConfig, readRubricsConfig } from './rubrics.config';
import { DEFAULT_WECHAT_APPID, DEFAULT_WECHAT_SECRET, readWechatConfig, type WechatConfig } from './wechat.config';

export interface Config {
  app: AppConfig;
  db: DatabaseConfig;
  auth: AuthConfig;
  wechat: WechatConfig;
  /** WeChat subscription messages: template ids per topic, retries. */
  notifications: NotificationsConfig;
  redis: RedisConfig;
  points: PointsRules;
  /** Encryption and retention of personal data (pickup phone numbers and addresses). */
  pii: PiiConfig;
  /** config/carbon.json: kg CO2e avoided per kg recycled, by pickup category. */
  carbon: CarbonFactors;
  /** The zero-waste cell rubrics, one per cell type (RUBRICS_DIR). */
  rubrics: RubricsConfig;
  /** Where bin and household-card QR codes point: the URL prefix registered for "scan a plain QR code to open the mini-program". */
  qrBaseUrl: string;
  /** A CJK font for printed bin labels and household cards (Debian's fonts-noto-cjk by default). */
  labelFontPath: string;
  /** The sorting guide loaded into an empty database. */
  sortingGuidePath: string;
  /** Searches that find nothing one client may add to the admins' list of misses per 10 minutes. */
  guideMissesPerClient: number;
}

/** Injection token for the validated configuration. */
export const CONFIG = Symbol('CONFIG');

const MIN_SECRET_LENGTH = 32;

/** Reads and validates every namespace; throws one `ConfigError` naming every variable that is wrong. */
export function loadConfig(vars: Readonly<Record<string, string | undefined>> = process.env): Config {
  const env = new Env(vars);
  const config: Config = {
    app: readAppConfig(env),
    db: readDatabaseConfig(env),
    auth: readAuthConfig(env),
    wechat: readWechatConfig(env),
    notifications: readNotificationsConfig(env),
    redis: readRedisConfig(env),
    points: readPointsRules(env),
    pii: readPiiConfig(env),
    carbon: readCarbonFactors(env),
    rubrics: readRubricsConfig(env),
    qrBaseUrl: readUrl(env, 'QR_BASE_URL', 'https://zw.example.cn/q', ['https:', 'http:']),
    labelFontPath: readString(env, 'LABEL_FONT_PATH', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
    sortingGuidePath: resolve(
      readOptional(env, 'SORTING_GUIDE_PATH') ?? resolve(__dirname, '../../../../config/sorting-guide/items.json'),
    ),
    guideMissesPerClient: readInt(env, 'GUIDE_MISS_LIMIT', 60, 0, 100_000),
  };
  if (config.app.production) checkProductionReady(config, env);
  if (env.problems.length) throw new ConfigError(env.problems);
  return config;
}

// Production must never run on a secret that is in this repository, nor with the demo log-in.
function checkProductionReady(config: Config, env: Env): void {
  if (config.app.demoMode) env.report('DEMO_MODE', 'must be off in production');
  if (config.app.benchRoutes) env.report('BENCH_ROUTES', 'must be off in production');
  if (config.db.driver !== 'mysql') env.report('DB_URL', 'is required in production (a mysql:// URL)');
  const secrets: [string, string, string][] = [
    ['JWT_SECRET', config.auth.jwtSecret, DEFAULT_JWT_SECRET],
    ['QR_SECRET', config.auth.qrSecret, DEFAULT_QR_SECRET],
    ['WECHAT_SECRET', config.wechat.secret, DEFAULT_WECHAT_SECRET],
    ['PII_KEY', config.pii.key, DEFAULT_PII_KEY],
  ];
  for (const [name, value, fallback] of secrets) {
    if (value === fallback) env.report(name, 'is missing or still the development default');
    else if (name !== 'WECHAT_SECRET' && value.length < MIN_SECRET_LENGTH) {
      env.report(name, `must be at least ${MIN_SECRET_LENGTH} characters`);
    }
  }
  if (config.auth.jwtSecret === config.auth.qrSecret) env.report('QR_SECRET', 'must differ from JWT_SECRET');
  if (config.wechat.appId === DEFAULT_WECHAT_APPID) {
    env.report('WECHAT_APPID', 'is missing or still the development default');
  }
  for (const variable of placeholderTemplateVariables(config.notifications)) {
    env.report(variable, 'is missing: production sends subscription messages with real template ids');
  }
}
