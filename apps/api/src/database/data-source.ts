import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createConnection, type RowDataPacket } from 'mysql2/promise';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/database.config';
import { useDriverColumnTypes } from './columns';
import { ENTITIES } from './entities';

/**
 * TypeORM reads MariaDB's catalogue differently from MySQL's (defaults, precision), so the dialect
 * must match the server, or migration checks see phantom changes. Ask the server which it is.
 */
async function mysqlDialect(url: string): Promise<'mysql' | 'mariadb'> {
  if (url.startsWith('mariadb://')) return 'mariadb';
  const connection = await createConnection({ uri: url, connectTimeout: 10_000 });
  try {
    const [rows] = await connection.query<RowDataPacket[]>('SELECT VERSION() AS version');
    return /mariadb/i.test(String(rows[0]?.version)) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

/** One definition of the data source, used by the app, the migration CLI and the tests. */
export async function buildDataSourceOptions(db: DatabaseConfig): Promise<DataSourceOptions> {
  useDriverColumnTypes(db.driver);
  // Compiled (.js) or under ts-jest (.ts); migrations are generated per driver.
  const migrations = [join(__dirname, 'migrations', db.driver, '*.{js,ts}')];
  const common = { entities: ENTITIES, migrations, migrationsTableName: 'migrations', synchronize: false } as const;
  if (db.driver === 'mysql') {
    return {
      ...common,
      type: await mysqlDialect(db.url),
      connectorPackage: 'mysql2',
      url: db.url.replace(/^mariadb:/, 'mysql:'),
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

export async function createDataSource(db: DatabaseConfig): Promise<DataSource> {
  return new DataSource(await buildDataSourceOptions(db));
}
