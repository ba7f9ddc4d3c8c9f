import type { EntityManager } from 'typeorm';
import { select, sqlTime } from '../../database/sql';
import type { MeasurePeriod } from './measure-registry';

/** A grouped statement's rows: one number per cell. */
export interface CellCountSql {
  /** SELECT … AS cellId, … AS n … GROUP BY the cell. */
  sql: string;
  parameters: unknown[];
}

/** ` AND <column> IN (?, …)` when only some cells are measured (none: the whole table). */
export function cellFilter(column: string, cellIds?: number[]): { sql: string; parameters: number[] } {
  if (!cellIds) return { sql: '', parameters: [] };
  return { sql: ` AND ${column} IN (${cellIds.map(() => '?').join(', ')})`, parameters: cellIds };
}

/**
 * ` IGNORE INDEX (…)` on MySQL when every cell is measured: there a full scan of the month beats walking
 * a (cellId, …) index in order and fetching each row from it (about 3× on a million drops). SQLite's
 * planner needs no hint. With a few cells, the index is the right way in and no hint is given.
 */
export function scanAllHint(em: EntityManager, index: string, cellIds?: number[]): string {
  return cellIds || em.connection.options.type === 'better-sqlite3' ? '' : ` IGNORE INDEX (${index})`;
}

/** The period's bounds as the datetime columns store them. */
export function periodTimes(period: MeasurePeriod): [string, string] {
  return [sqlTime(period.start), sqlTime(period.end)];
}

/**
 * A grouped statement over one month: `query` gets the cell filter to end its WHERE with, and its
 * first two placeholders are the month's bounds (`>= ?` and `< ?` on a datetime column).
 */
export function monthByCell(
  period: MeasurePeriod,
  cellColumn: string,
  cellIds: number[] | undefined,
  query: (only: string) => string,
): CellCountSql {
  const only = cellFilter(cellColumn, cellIds);
  return { sql: query(only.sql), parameters: [...periodTimes(period), ...only.parameters] };
}

/** Runs a grouped count: cell id → n. */
export async function countsByCell(em: EntityManager, { sql, parameters }: CellCountSql): Promise<Map<number, number>> {
  const rows = await select<{ cellId: number | string; n: number | string | null }>(em, sql, parameters);
  return new Map(rows.map((row) => [Number(row.cellId), Number(row.n ?? 0)]));
}

/**
 * A grouped count divided by each cell's households (× `scale`: 100 for a percentage); a cell
 * without households measures 0. One statement over every cell. `1e0 *` makes it floating-point
 * division on both drivers (SQLite would divide integers, MySQL in decimals).
 */
export async function perHousehold(
  em: EntityManager,
  { sql, parameters }: CellCountSql,
  scale: number,
): Promise<Map<number, number>> {
  const rows = await select<{ cellId: number | string; n: number | string | null }>(
    em,
    `SELECT c.id AS cellId, CASE WHEN c.households > 0 THEN 1e0 * x.n * ${Number(scale)} / c.households ELSE 0 END AS n
       FROM (${sql}) x JOIN cells c ON c.id = x.cellId`,
    parameters,
  );
  return new Map(rows.map((row) => [Number(row.cellId), Number(row.n ?? 0)]));
}
