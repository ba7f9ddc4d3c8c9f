import { loadConfig } from './config';
import { ConfigError } from './env';

const production = {
  NODE_ENV: 'production',
  DB_URL: 'mysql://app:pw@db:3306/zerowaste',
  JWT_SECRET: 'j'.repeat(40),
  QR_SECRET: 'q'.repeat(40),
  WECHAT_APPID: 'wx1234567890abcdef',
  WECHAT_SECRET: 'the-real-one',
};

const problem = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return null;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
};

describe('configuration', () => {
  it('runs with defaults outside production, on SQLite', () => {
    const config = loadConfig({});
    expect(config.db.driver).toBe('sqlite');
    expect(config.app.port).toBe(3000);
    expect(config.app.demoMode).toBe(false);
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
    ['WECHAT_APPID', { WECHAT_APPID: '' }],
    ['DEMO_MODE', { DEMO_MODE: 'true' }],
    ['DB_URL', { DB_URL: '' }],
    ['DB_URL', { DB_URL: 'postgres://x' }],
    ['PORT', { PORT: '99999' }],
    ['UPLOAD_MAX_BYTES', { UPLOAD_MAX_BYTES: '5MB' }],
    ['DEMO_MODE', { DEMO_MODE: 'maybe' }],
    ['WECHAT_API_BASE', { WECHAT_API_BASE: 'ftp://x' }],
  ])('refuses production when %s is wrong', (variable, change) => {
    expect(problem({ ...production, ...change })).toMatch(new RegExp(`^${variable}:`));
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

  it('names the field that is wrong', () => {
    expect(() => validatePointsRules({ ...good, drop: { ...good.drop, cooldownMinutes: -1 } })).toThrow(
      /"drop.cooldownMinutes" must be a whole number/,
    );
    expect(() => validatePointsRules({ ...good, quiz: { ...good.quiz, questions: '5' } })).toThrow(/"quiz.questions"/);
    expect(() => validatePointsRules({ drop: good.drop, quiz: good.quiz })).toThrow(/"redemption" must be an object/);
  });

  it('stops the start-up when the file is missing', () => {
    expect(problem({ POINTS_CONFIG: '/nonexistent/points.json' })).toMatch(/^POINTS_CONFIG: cannot read/);
  });
});
