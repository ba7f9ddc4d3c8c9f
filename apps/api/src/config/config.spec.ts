import { loadConfig } from './config';
import { ConfigError } from './env';

const production = {
  NODE_ENV: 'production',
  DB_URL: 'mysql://app:pw@db:3306/zerowaste',
  JWT_SECRET: 'j'.repeat(40),
  QR_SECRET: 'q'.repeat(40),
  WECHAT_APPID: 'wx1234567890abcdef',
  WECHAT_SECRET: 'the-real-one',
  PII_KEY: 'p'.repeat(40),
  WECHAT_TEMPLATE_PICKUP_REMINDER: 'tmplReminder0001',
  WECHAT_TEMPLATE_PICKUP_ON_THE_WAY: 'tmplOnTheWay0001',
};

/** The problems loadConfig names, as `VARIABLE: problem` lines; none when the configuration is accepted. */
const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
};
const problem = (env: Record<string, string>) => problems(env).join('\n') || null;

describe('configuration', () => {
  it('runs with defaults outside production, on SQLite', () => {
    const config = loadConfig({});
    expect(config.db.driver).toBe('sqlite');
    expect(config.app.port).toBe(3000);
    expect(config.app.demoMode).toBe(false);
  });

  it('runs demo mode on placeholder template ids, which production refuses', () => {
    expect(loadConfig({ DEMO_MODE: 'true' }).notifications.templates.pickup_reminder).toBe(
      'placeholder-pickup_reminder',
    );
    expect(problems({ ...production, WECHAT_TEMPLATE_PICKUP_ON_THE_WAY: 'placeholder-x' })).toEqual([
      expect.stringMatching(/^WECHAT_TEMPLATE_PICKUP_ON_THE_WAY: is missing/),
    ]);
  });

  it('accepts a complete production configuration', () => {
    expect(problem(production)).toBeNull();
  });

  it.each([
    ['JWT_SECRET', { JWT_SECRET: '' }],
    ['JWT_SECRET', { JWT_SECRET: 'dev-only-jwt-secret-change-me' }],
    ['QR_SECRET', { QR_SECRET: 'too-short' }],
    ['QR_SECRET', { QR_SECRET: 'j'.repeat(40) }],
    ['WECHAT_SECRET', { WECHAT_SECRET: '' }],
    ['PII_KEY', { PII_KEY: '' }],
    ['PII_KEY', { PII_KEY: 'too-short' }],
    ['WECHAT_APPID', { WECHAT_APPID: '' }],
    ['DEMO_MODE', { DEMO_MODE: 'true' }],
    ['DB_URL', { DB_URL: '' }],
    ['DB_URL', { DB_URL: 'postgres://x' }],
    ['PORT', { PORT: '99999' }],
    ['UPLOAD_MAX_BYTES', { UPLOAD_MAX_BYTES: '5MB' }],
    ['DEMO_MODE', { DEMO_MODE: 'maybe' }],
    ['WECHAT_API_BASE', { WECHAT_API_BASE: 'ftp://x' }],
    ['WECHAT_TEMPLATE_PICKUP_REMINDER', { WECHAT_TEMPLATE_PICKUP_REMINDER: '' }],
    ['NOTIFY_MAX_ATTEMPTS', { NOTIFY_MAX_ATTEMPTS: '0' }],
  ])('refuses production when %s is wrong', (variable, change) => {
    expect(problems({ ...production, ...change })).toEqual([expect.stringMatching(new RegExp(`^${variable}:`))]);
  });

  it('names every missing variable at once in production with nothing configured', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      'DB_URL: is required in production (a mysql:// URL)',
      'JWT_SECRET: is missing or still the development default',
      'QR_SECRET: is missing or still the development default',
      'WECHAT_SECRET: is missing or still the development default',
      'PII_KEY: is missing or still the development default',
      'WECHAT_APPID: is missing or still the development default',
      'WECHAT_TEMPLATE_PICKUP_REMINDER: is missing: production sends subscription messages with real template ids',
      'WECHAT_TEMPLATE_PICKUP_ON_THE_WAY: is missing: production sends subscription messages with real template ids',
    ]);
  });

  it('names every malformed variable at once, across namespaces, in any environment', () => {
    const env = { PORT: 'eighty', WECHAT_TIMEOUT_MS: '-5', REDIS_URL: 'http://cache', SHUTDOWN_GRACE_SECONDS: '9999' };
    expect(problems(env)).toEqual([
      'PORT: must be a whole number, got "eighty"',
      'SHUTDOWN_GRACE_SECONDS: must be between 0 and 600, got 9999',
      'WECHAT_TIMEOUT_MS: must be a whole number, got "-5"',
      'REDIS_URL: must use redis: or rediss:, got http:',
    ]);
    expect(problems({ ...production, DB_URL: 'postgres://db', DEMO_MODE: 'maybe', JWT_SECRET: 'short' })).toEqual([
      'DEMO_MODE: must be true or false, got "maybe"',
      'DB_URL: must be a mysql:// (or mariadb://) URL',
      'JWT_SECRET: must be at least 32 characters',
    ]);
  });
});

describe('points rules', () => {
  const { validatePointsRules } = jest.requireActual<typeof import('./points.config')>('./points.config');
  const good = {
    drop: { basePoints: 2, correctBonus: 1, cooldownMinutes: 30, dailyCapPoints: 20 },
    quiz: { questions: 5, pointsPerCorrect: 1, dailyCapPoints: 5 },
    redemption: { expiresAfterHours: 72 },
  };

  it('loads the repository file', () => {
    expect(loadConfig({}).points.drop.basePoints).toBeGreaterThan(0);
  });

  it('names each field that is wrong', () => {
    expect(() => validatePointsRules({ ...good, drop: { ...good.drop, cooldownMinutes: -1 } })).toThrow(
      /"drop.cooldownMinutes" must be a whole number/,
    );
    expect(() => validatePointsRules({ ...good, quiz: { ...good.quiz, questions: '5' } })).toThrow(/"quiz.questions"/);
    expect(() => validatePointsRules({ drop: good.drop, quiz: good.quiz })).toThrow(/"redemption" must be an object/);
    const twoWrong = { ...good, drop: { ...good.drop, basePoints: 1.5 }, redemption: { expiresAfterHours: 0 } };
    expect(() => validatePointsRules(twoWrong)).toThrow(
      /"drop.basePoints"[^\n]*\n[^\n]*"redemption.expiresAfterHours"/,
    );
  });

  it('names a wrong pickup rule, per category too', () => {
    const pickup = loadConfig({}).points.pickup;
    expect(() => validatePointsRules({ ...good, pickup: { ...pickup, minKg: 0.5 } })).not.toThrow();
    expect(() => validatePointsRules({ ...good, pickup: { ...pickup, maxOpen: 0 } })).toThrow(/"pickup.maxOpen"/);
    const units = { ...pickup.units, furniture: undefined };
    expect(() => validatePointsRules({ ...good, pickup: { ...pickup, units } })).toThrow(/"pickup.units.furniture"/);
  });

  it('needs a carbon factor with its source for every pickup category', () => {
    expect(loadConfig({}).carbon.paper).toEqual({
      kgCo2ePerKg: expect.any(Number),
      source: expect.stringMatching(/\S/),
    });
    expect(problem({ CARBON_CONFIG: '/nonexistent/carbon.json' })).toMatch(/^CARBON_CONFIG: cannot read/);
  });

  it('stops the start-up when the file is missing', () => {
    expect(problem({ POINTS_CONFIG: '/nonexistent/points.json' })).toMatch(/^POINTS_CONFIG: cannot read/);
  });
});
