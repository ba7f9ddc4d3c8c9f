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
    ['DEMO_MODE', { DEMO_MODE: 'maybe' }],
    ['WECHAT_API_BASE', { WECHAT_API_BASE: 'ftp://x' }],
  ])('refuses production when %s is wrong', (variable, change) => {
    expect(problem({ ...production, ...change })).toMatch(new RegExp(`^${variable}:`));
  });
});
