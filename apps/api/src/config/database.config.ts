import { resolve } from 'node:path';
import { type Env, readBool, readOptional } from './env';

export type DatabaseConfig =
  | { driver: 'mysql'; url: string; migrateOnStart: boolean }
  | { driver: 'sqlite'; path: string; migrateOnStart: boolean };

export function readDatabaseConfig(env: Env): DatabaseConfig {
  const url = readOptional(env, 'DB_URL');
  const migrateOnStart = readBool(env, 'DB_MIGRATE_ON_START', env.raw('NODE_ENV') !== 'production');
  if (url) {
    if (!/^(mysql|mariadb):\/\//.test(url)) env.report('DB_URL', 'must be a mysql:// (or mariadb://) URL');
    return { driver: 'mysql', url, migrateOnStart };
  }
  const path = readOptional(env, 'SQLITE_PATH') ?? resolve(process.cwd(), 'data/zerowaste.sqlite');
  return { driver: 'sqlite', path: path === ':memory:' ? path : resolve(path), migrateOnStart };
}
