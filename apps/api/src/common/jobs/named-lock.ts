import type { DataSource } from 'typeorm';

/**
 * Runs `work` while holding a database-wide named lock, so that of several replicas on one MySQL
 * only one runs a job at a time; null when another holds it. SQLite means one process: it just runs.
 */
export async function withNamedLock<T>(
  dataSource: DataSource,
  name: string,
  work: () => Promise<T>,
): Promise<T | null> {
  if (dataSource.options.type === 'better-sqlite3') return work();
  // GET_LOCK belongs to a connection: take and release it on the same one.
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    const [row] = (await runner.query('SELECT GET_LOCK(?, 0) AS got', [name])) as { got: number | string }[];
    if (Number(row?.got) !== 1) return null;
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [name]);
    }
  } finally {
    await runner.release();
  }
}
