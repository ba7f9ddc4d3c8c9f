import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/database.config';
import { ENTITIES } from './entities';

/** One definition of the data source, used by the app, the migration CLI and the tests. */
export function buildDataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  // Compiled (.js) or under ts-jest (.ts); migrations are generated per driver.
  const migrations = [join(__dirname, 'migrations', db.driver, '*.{js,ts}')];
  const common = { entities: ENTITIES, migrations, migrationsTableName: 'migrations', synchronize: false } as const;
  if (db.driver === 'mysql') {
    return {
      ...common,
      type: 'mariadb',
      connectorPackage: 'mysql2',
      url: db.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      extra: { connectionLimit: 20, waitForConnections: true },
    };
  }
  if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: db.path,
    enableWAL: db.path !== ':memory:',
    prepareDatabase: (conn: { pragma: (sql: string) => unknown }) => {
      conn.pragma('busy_timeout = 5000');
    },
  };
}

export function createDataSource(db: DatabaseConfig): DataSource {
  return new DataSource(buildDataSourceOptions(db));
}
