import type { EntityManager, QueryRunner } from 'typeorm';

/**
 * Plain statements for the hot paths (a drop, a balance), where TypeORM's query building cost more
 * than the database did. Written once for both drivers: `?` placeholders, backquoted names, and
 * datetimes passed as the UTC text TypeORM itself stores (better-sqlite3 cannot bind a Date).
 */

export interface WriteResult {
  affected: number;
  /** The new row's id after an INSERT. */
  insertId: number;
}

/**
 * ` FOR UPDATE` on MySQL, so that one statement reads right on both drivers: SQLite has no row locks,
 * and its transactions already run one at a time.
 */
export function forUpdate(em: EntityManager): string {
  return em.connection.options.type === 'better-sqlite3' ? '' : ' FOR UPDATE';
}

/** A datetime as both drivers store it: `YYYY-MM-DD HH:MM:SS.mmm`, UTC. */
export function sqlTime(date: Date): string {
  return date.toISOString().replace('T', ' ').slice(0, 23);
}

/** A datetime read by a plain statement: a Date from mysql2, UTC text from SQLite. */
export function readTime(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/** Rows of a SELECT, on the transaction's connection when `em` is in one. */
export function select<T>(em: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  return em.query(sql, parameters);
}

/** An INSERT, UPDATE or DELETE, with what it did read the same way on both drivers. */
export async function write(em: EntityManager, sql: string, parameters: unknown[]): Promise<WriteResult> {
  if (em.queryRunner) return writeOn(em.queryRunner, sql, parameters);
  const runner = em.connection.createQueryRunner();
  try {
    return await writeOn(runner, sql, parameters);
  } finally {
    await runner.release();
  }
}

async function writeOn(runner: QueryRunner, sql: string, parameters: unknown[]): Promise<WriteResult> {
  const result = await runner.query(sql, parameters, true);
  // mysql2 answers a ResultSetHeader; better-sqlite3 the last row id (a number, or a bigint past 2^53).
  const raw = result.raw as { insertId?: number } | number | bigint | undefined;
  const insertId = typeof raw === 'object' && raw !== null ? Number(raw.insertId ?? 0) : Number(raw ?? 0);
  return { affected: result.affected ?? 0, insertId };
}
