import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CellType, type Grade, type IndicatorScore, regionPrefix } from '@zerowaste/shared';
import type { DataSource } from 'typeorm';
import { startsWithPattern } from '../../common/sql/like';
import { select } from '../../database/sql';

/** Which cells a report or an export covers. */
export type ScoreScope = { cellIds: number[] } | { regionCode: string } | { all: true };

/** Filters a ranking or an export adds to its scope. */
export interface ScoreFilters {
  regionCode?: string;
  type?: CellType;
  grade?: Grade;
}

export interface MonthSummary {
  period: string;
  cells: number;
  average: number;
  /** Cells graded 示范 or 达标. */
  passing: number;
  exemplary: number;
}

export interface ScoredCellRow {
  cellId: number;
  cellName: string;
  cellType: CellType;
  regionCode: string;
  regionName: string;
  period: string;
  rubricVersion: number;
  total: number;
  grade: Grade;
  indicators: IndicatorScore[];
  /** GCJ-02. */
  lat: number | null;
  lng: number | null;
  /** Among the cells the scope, region and type select, best first; ties share a rank. */
  rank: number;
}

export interface CellAverage {
  cellId: number;
  cellName: string;
  cellType: CellType;
  average: number;
  months: number;
}

interface RawScoredCell
  extends Omit<ScoredCellRow, 'indicators' | 'total' | 'rank' | 'cellId' | 'rubricVersion' | 'lat' | 'lng'> {
  cellId: number | string;
  rubricVersion: number | string;
  total: number | string;
  lat: number | string | null;
  lng: number | string | null;
  rnk: number | string;
  indicators: string;
}

/**
 * Reads stored monthly scores (cell_scores) for the ranking, reports and exports: a few grouped queries
 * over a scope, never a query per cell. The one place the month's ranking is computed.
 */
@Injectable()
export class ScoreReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Per scored month of `[from, to]` (`YYYY-MM`): how many cells, their average, how many pass. */
  async months(scope: ScoreScope, from: string, to: string): Promise<MonthSummary[]> {
    const where = scopeSql(scope);
    const rows = await select<Record<keyof MonthSummary, string | number>>(
      this.dataSource.manager,
      `SELECT s.period AS period, COUNT(*) AS cells, AVG(s.total) AS average,
              SUM(CASE WHEN s.grade IN ('exemplary', 'qualified') THEN 1 ELSE 0 END) AS passing,
              SUM(CASE WHEN s.grade = 'exemplary' THEN 1 ELSE 0 END) AS exemplary
         FROM cell_scores s JOIN cells c ON c.id = s.cellId
        WHERE s.period >= ? AND s.period <= ? AND ${where.sql}
        GROUP BY s.period ORDER BY s.period`,
      [from, to, ...where.parameters],
    );
    return rows.map((r) => ({
      period: String(r.period),
      cells: Number(r.cells),
      average: Number(r.average),
      passing: Number(r.passing),
      exemplary: Number(r.exemplary),
    }));
  }

  /** Each cell's average over `[from, to]`, best first (or worst first), at most `limit`. */
  async cellAverages(
    scope: ScoreScope,
    from: string,
    to: string,
    order: 'best' | 'worst',
    limit: number,
  ): Promise<CellAverage[]> {
    const where = scopeSql(scope);
    const direction = order === 'best' ? 'DESC' : 'ASC';
    const rows = await select<Record<keyof CellAverage, string | number>>(
      this.dataSource.manager,
      `SELECT s.cellId AS cellId, c.name AS cellName, c.type AS cellType, AVG(s.total) AS average, COUNT(*) AS months
         FROM cell_scores s JOIN cells c ON c.id = s.cellId
        WHERE s.period >= ? AND s.period <= ? AND ${where.sql}
        GROUP BY s.cellId, c.name, c.type
        ORDER BY average ${direction}, s.cellId LIMIT ?`,
      [from, to, ...where.parameters, limit],
    );
    return rows.map((r) => ({
      cellId: Number(r.cellId),
      cellName: String(r.cellName),
      cellType: r.cellType as CellType,
      average: Number(r.average),
      months: Number(r.months),
    }));
  }

  /** Every score of one month in the scope, with its breakdown, ranked best first. */
  async period(scope: ScoreScope, period: string, filters: ScoreFilters = {}): Promise<ScoredCellRow[]> {
    const { sql, parameters } = rankedSql(scope, period, filters);
    const rows = await select<RawScoredCell>(this.dataSource.manager, `${sql} ORDER BY x.rnk, x.cellId`, parameters);
    return rows.map(scoredCell);
  }

  /** One page of {@link period}, with how many rows all pages hold. */
  async periodPage(
    scope: ScoreScope,
    period: string,
    filters: ScoreFilters,
    page: { limit: number; offset: number },
  ): Promise<{ rows: ScoredCellRow[]; total: number }> {
    const { sql, parameters } = rankedSql(scope, period, filters);
    const manager = this.dataSource.manager;
    const [{ n }] = await select<{ n: number | string }>(manager, `SELECT COUNT(*) AS n FROM (${sql}) y`, parameters);
    const rows = await select<RawScoredCell>(manager, `${sql} ORDER BY x.rnk, x.cellId LIMIT ? OFFSET ?`, [
      ...parameters,
      page.limit,
      page.offset,
    ]);
    return { rows: rows.map(scoredCell), total: Number(n) };
  }

  /** The last month of `[from, to]` with any score in the scope, or null. */
  async lastPeriod(scope: ScoreScope, from: string, to: string): Promise<string | null> {
    const where = scopeSql(scope);
    const [row] = await select<{ period: string | null }>(
      this.dataSource.manager,
      `SELECT MAX(s.period) AS period FROM cell_scores s JOIN cells c ON c.id = s.cellId
        WHERE s.period >= ? AND s.period <= ? AND ${where.sql}`,
      [from, to, ...where.parameters],
    );
    return row?.period ?? null;
  }
}

/** A month's scores in the scope, ranked; the outer query (`x`) is left to order and page. */
function rankedSql(scope: ScoreScope, period: string, filters: ScoreFilters): { sql: string; parameters: unknown[] } {
  const where = scopeSql(scope);
  const conditions = ['s.period = ?', where.sql];
  const parameters: unknown[] = [period, ...where.parameters];
  if (filters.regionCode) {
    conditions.push("c.regionCode LIKE ? ESCAPE '!'");
    parameters.push(startsWithPattern(regionPrefix(filters.regionCode)));
  }
  if (filters.type) {
    conditions.push('s.cellType = ?');
    parameters.push(filters.type);
  }
  // The rank is among the cells the scope, region and type select; the grade only picks the rows shown.
  const ranked = `SELECT s.cellId AS cellId, c.name AS cellName, s.cellType AS cellType, c.regionCode AS regionCode,
                         r.name AS regionName, s.period AS period, s.rubricVersion AS rubricVersion, s.total AS total,
                         s.grade AS grade, s.indicators AS indicators, c.lat AS lat, c.lng AS lng,
                         RANK() OVER (ORDER BY s.total DESC) AS rnk
                    FROM cell_scores s JOIN cells c ON c.id = s.cellId JOIN regions r ON r.code = c.regionCode
                   WHERE ${conditions.join(' AND ')}`;
  if (!filters.grade) return { sql: `SELECT * FROM (${ranked}) x`, parameters };
  return { sql: `SELECT * FROM (${ranked}) x WHERE x.grade = ?`, parameters: [...parameters, filters.grade] };
}

function scoredCell({ rnk, ...r }: RawScoredCell): ScoredCellRow {
  return {
    ...r,
    period: String(r.period),
    cellId: Number(r.cellId),
    rubricVersion: Number(r.rubricVersion),
    total: Number(r.total),
    lat: r.lat === null ? null : Number(r.lat),
    lng: r.lng === null ? null : Number(r.lng),
    rank: Number(rnk),
    indicators: JSON.parse(r.indicators) as IndicatorScore[],
  };
}

function scopeSql(scope: ScoreScope): { sql: string; parameters: unknown[] } {
  if ('all' in scope) return { sql: '1 = 1', parameters: [] };
  if ('regionCode' in scope) {
    return { sql: "c.regionCode LIKE ? ESCAPE '!'", parameters: [startsWithPattern(regionPrefix(scope.regionCode))] };
  }
  // No cell at all matches nothing (an empty IN list is not valid SQL).
  if (!scope.cellIds.length) return { sql: '1 = 0', parameters: [] };
  return { sql: `c.id IN (${scope.cellIds.map(() => '?').join(', ')})`, parameters: scope.cellIds };
}
