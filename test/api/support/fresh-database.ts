import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

// Apart from test-app.ts so that a suite running the API as a process need not load the app.

/** A database of its own: a temp SQLite file, or a new database on DB_URL's server (dropped by `drop`). */
export async function freshDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const serverUrl = process.env.DB_URL;
  if (serverUrl) {
    const name = `zw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = await createConnection(serverUrl);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      env: { DB_URL: url.toString() },
      drop: async () => {
        const conn = await createConnection(serverUrl);
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await conn.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'zw-api-test-'));
  return {
    env: { SQLITE_PATH: join(dir, 'test.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
