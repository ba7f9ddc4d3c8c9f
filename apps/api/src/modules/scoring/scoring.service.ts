import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type CellAlert,
  type CellRank,
  type CellType,
  chinaMonthRange,
  chinaPeriodOf,
  type HomeCellScoreResponse,
  type Page,
  type RubricDefinition,
  type RubricResponse,
  shiftPeriod,
  type ToFixItem,
  toFixMessage,
} from '@zerowaste/shared';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageOf } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { startsWithPattern } from '../../common/sql/like';
import { select, sqlTime, write } from '../../database/sql';
import { TransactionRunner } from '../../database/transaction-runner';
import { cellInScope } from '../bins/cell-scope';
import { Cell } from '../cells/cell.entity';
import { DropMeasures } from '../drops/drop-measures';
import { CellScore } from './cell-score.entity';
import { CellScoreDto, ScoreRankingItemDto, ScoreTrendItemDto } from './dto/score.dto';
import type { RankingQueryDto, TrendQueryDto } from './dto/score-query.dto';
import { MeasureRegistry } from './measure-registry';
import { RubricsService } from './rubrics.service';
import { type ApprovedEvidence, scoreCell } from './score-cell';
import { ScoreReader, type ScoreScope } from './score-reader';

/** Rows written per INSERT statement. */
const INSERT_BATCH = 500;
const ALERT_ACCURACY_BELOW = 60;
const ALERT_WINDOW_DAYS = 30;
const TO_FIX_MAX = 5;

interface CellRow {
  id: number;
  type: CellType;
}

/** The rubric a month's score was computed with. */
interface KeptRubric {
  cellType: CellType;
  version: number;
}

/**
 * Scores cells against their type's rubric, set-based: one grouped query per measure over every cell
 * scored, one for the approved evidence, and batched inserts. A cell's score for a period keeps the
 * rubric version it was first computed with, so recomputing a past month gives the same numbers.
 */
@Injectable()
export class ScoringService {
  constructor(
    @InjectRepository(Cell) private readonly cells: Repository<Cell>,
    @InjectRepository(CellScore) private readonly scores: Repository<CellScore>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rubrics: RubricsService,
    private readonly measures: MeasureRegistry,
    private readonly dropMeasures: DropMeasures,
    private readonly tx: TransactionRunner,
    private readonly scoreReader: ScoreReader,
  ) {}

  /** Scores every cell (or one) for a month that has begun; answers how many were scored. */
  async recompute(period: string, cellId?: number, now = new Date()): Promise<number> {
    assertStarted(period, now);
    if (cellId !== undefined && !(await this.cells.exists({ where: { id: cellId } }))) {
      throw AppError.invalidField('cellId', `no cell ${cellId}`);
    }
    return this.tx.run((em) => this.scorePeriod(em, period, cellId === undefined ? undefined : [cellId], now));
  }

  /** The computation, in the caller's transaction (the monthly job records its run in the same one). */
  async scorePeriod(em: EntityManager, period: string, cellIds: number[] | undefined, now: Date): Promise<number> {
    const only = cellIds ? ` WHERE id IN (${cellIds.map(() => '?').join(', ')})` : '';
    const cells = await select<CellRow>(em, `SELECT id, type FROM cells${only}`, cellIds ?? []);
    if (!cells.length) return 0;
    const kept = await this.keptVersions(em, period, cellIds);
    // The rubric of each cell: the type and version its score already has (even if the cell has changed
    // type since), else its type's rubric in force.
    const rubricOf = new Map<number, KeptRubric & { rubric: RubricDefinition }>();
    for (const cell of cells) {
      const was = kept.get(Number(cell.id));
      rubricOf.set(
        Number(cell.id),
        was
          ? { ...was, rubric: await this.rubrics.version(was.cellType, was.version) }
          : { cellType: cell.type, ...(await this.rubrics.currentOf(cell.type)) },
      );
    }
    const measureKeys = new Set<string>();
    for (const { rubric } of rubricOf.values()) {
      for (const indicator of rubric.indicators) {
        if (indicator.source !== 'manual') measureKeys.add(indicator.source);
      }
    }
    const { start, end } = chinaMonthRange(period);
    const measured = new Map<string, Map<number, number>>();
    for (const key of measureKeys) {
      measured.set(key, await this.measures.get(key).compute(em, { period, start, end }, cellIds));
    }
    const evidence = await this.approvedEvidence(em, period, cellIds);

    const rows: unknown[][] = [];
    for (const cell of cells) {
      const id = Number(cell.id);
      const { cellType, version, rubric } = rubricOf.get(id) as KeptRubric & { rubric: RubricDefinition };
      const values = new Map<string, number>();
      for (const [key, byCell] of measured) values.set(key, byCell.get(id) ?? 0);
      const scored = scoreCell(rubric, { measures: values, evidence: evidence.get(id) ?? new Map() }, (key) =>
        this.measures.has(key) ? this.measures.get(key).unit : null,
      );
      rows.push([
        id,
        period,
        cellType,
        version,
        scored.total,
        scored.grade,
        JSON.stringify(scored.indicators),
        sqlTime(now),
      ]);
    }
    const filter = cellIds ? ` AND cellId IN (${cellIds.map(() => '?').join(', ')})` : '';
    await write(em, `DELETE FROM cell_scores WHERE period = ?${filter}`, [period, ...(cellIds ?? [])]);
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      const batch = rows.slice(i, i + INSERT_BATCH);
      await write(
        em,
        `INSERT INTO cell_scores (cellId, period, cellType, rubricVersion, total, grade, indicators, computedAt) VALUES ${batch
          .map(() => '(?, ?, ?, ?, ?, ?, ?, ?)')
          .join(', ')}`,
        batch.flat(),
      );
    }
    return rows.length;
  }

  /** A cell's score for a month, with its rank and what to fix (the cell's manager or an admin). */
  async cellScore(caller: Caller, cellId: number, period: string): Promise<CellScoreDto> {
    const cell = await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    const score = await this.scores.findOne({ where: { cellId, period } });
    if (!score) throw AppError.notFound('Score');
    const [rank, pending] = await Promise.all([this.rankOf(cell, period), this.pendingKeys(cellId, period)]);
    return CellScoreDto.from(score, cell, rank, toFix(score, pending));
  }

  /** The months of a cell's trend, oldest first. */
  async trend(
    caller: Caller,
    cellId: number,
    query: TrendQueryDto,
    now = new Date(),
  ): Promise<Page<ScoreTrendItemDto>> {
    await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    const to = query.to ?? shiftPeriod(chinaPeriodOf(now), -1);
    const from = query.from ?? shiftPeriod(to, -11);
    if (from > to) throw AppError.invalidField('from', 'must not be after to');
    const qb = this.scores
      .createQueryBuilder('s')
      .where('s.cellId = :cellId AND s.period >= :from AND s.period <= :to', { cellId, from, to })
      .orderBy('s.period', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return pageOf(query, rows.map(ScoreTrendItemDto.from), total);
  }

  /** The ranking of a month, best first: every cell for an admin, a manager's own cells for a manager. */
  async ranking(caller: Caller, query: RankingQueryDto): Promise<Page<ScoreRankingItemDto>> {
    const scope: ScoreScope = caller.isAdmin ? { all: true } : { cellIds: caller.scopeIds('cell_manager') };
    const { rows, total } = await this.scoreReader.periodPage(scope, query.period, query, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return pageOf(query, rows.map(ScoreRankingItemDto.from), total);
  }

  /** What the cell's manager should look at: bins sorted badly lately, participation falling month after month. */
  async alerts(caller: Caller, cellId: number, query: PageQueryDto, now = new Date()): Promise<Page<CellAlert>> {
    await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    const alerts: CellAlert[] = [];
    const since = new Date(now.getTime() - ALERT_WINDOW_DAYS * 24 * 3600 * 1000);
    for (const bin of await this.dropMeasures.binAccuracy(cellId, since)) {
      const accuracy = Math.round((1000 * bin.correct) / bin.judged) / 10;
      if (accuracy >= ALERT_ACCURACY_BELOW) continue;
      alerts.push({
        kind: 'bin_low_accuracy',
        message: `${bin.binName} 近 ${ALERT_WINDOW_DAYS} 天分类准确率 ${accuracy}%（低于 ${ALERT_ACCURACY_BELOW}%，已判定 ${bin.judged} 次）`,
        binId: bin.binId,
        binName: bin.binName,
        accuracy,
        judged: bin.judged,
      });
    }
    const falling = await this.participationFalling(cellId, now);
    if (falling) alerts.push(falling);
    const start = (query.page - 1) * query.pageSize;
    return pageOf(query, alerts.slice(start, start + query.pageSize), alerts.length);
  }

  /** The rubric a cell is scored with now, for its evidence checklist. */
  async rubricOfCell(caller: Caller, cellId: number): Promise<RubricResponse> {
    const cell = await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    const { version, rubric } = await this.rubrics.currentOf(cell.type);
    const units: RubricResponse['units'] = {};
    for (const indicator of rubric.indicators) {
      if (this.measures.has(indicator.source)) units[indicator.source] = this.measures.get(indicator.source).unit;
    }
    return { ...rubric, version, units };
  }

  /** The caller's home cell's latest score, for the home page. */
  async homeCellScore(caller: Caller): Promise<HomeCellScoreResponse> {
    const [user] = await select<{ homeCellId: number | null }>(
      this.dataSource.manager,
      'SELECT homeCellId FROM users WHERE id = ?',
      [caller.userId],
    );
    const cellId = user?.homeCellId == null ? null : Number(user.homeCellId);
    const cell = cellId === null ? null : await this.cells.findOne({ where: { id: cellId } });
    const score = cell && (await this.scores.findOne({ where: { cellId: cell.id }, order: { period: 'DESC' } }));
    if (!cell || !score) throw AppError.notFound('Score');
    return {
      cellId: cell.id,
      cellName: cell.name,
      cellType: score.cellType,
      period: score.period,
      total: score.total,
      grade: score.grade,
      rank: await this.rankOf(cell, score.period),
    };
  }

  private async keptVersions(em: EntityManager, period: string, cellIds?: number[]): Promise<Map<number, KeptRubric>> {
    const filter = cellIds ? ` AND cellId IN (${cellIds.map(() => '?').join(', ')})` : '';
    const rows = await select<{ cellId: number; cellType: CellType; rubricVersion: number }>(
      em,
      `SELECT cellId, cellType, rubricVersion FROM cell_scores WHERE period = ?${filter}`,
      [period, ...(cellIds ?? [])],
    );
    return new Map(
      rows.map((row) => [Number(row.cellId), { cellType: row.cellType, version: Number(row.rubricVersion) }]),
    );
  }

  /** The latest approved evidence per cell and indicator for the period. */
  private async approvedEvidence(
    em: EntityManager,
    period: string,
    cellIds?: number[],
  ): Promise<Map<number, Map<string, ApprovedEvidence>>> {
    const filter = cellIds ? ` AND cellId IN (${cellIds.map(() => '?').join(', ')})` : '';
    const rows = await select<{
      id: number;
      cellId: number;
      indicatorKey: string;
      value: number;
      note: string;
      imageIds: string;
    }>(
      em,
      `SELECT id, cellId, indicatorKey, value, note, imageIds FROM evidence
        WHERE period = ? AND status = 'approved'${filter} ORDER BY id`,
      [period, ...(cellIds ?? [])],
    );
    const byCell = new Map<number, Map<string, ApprovedEvidence>>();
    for (const row of rows) {
      const cellId = Number(row.cellId);
      const forCell = byCell.get(cellId) ?? new Map<string, ApprovedEvidence>();
      // Ordered by id: a later approval of the same indicator replaces an earlier one.
      forCell.set(row.indicatorKey, {
        id: Number(row.id),
        value: Number(row.value),
        note: row.note,
        imageIds: JSON.parse(row.imageIds) as string[],
      });
      byCell.set(cellId, forCell);
    }
    return byCell;
  }

  /** Rank among the period's scored cells of the same county, and of the same type (ties share a rank). */
  private async rankOf(cell: Cell, period: string): Promise<CellRank> {
    const [row] = await select<{
      total: number;
      regionBetter: string;
      regionAll: string;
      typeBetter: string;
      typeAll: string;
    }>(
      this.dataSource.manager,
      `SELECT
         SUM(CASE WHEN c.regionCode LIKE ? ESCAPE '!' AND s.total > me.total THEN 1 ELSE 0 END) AS regionBetter,
         SUM(CASE WHEN c.regionCode LIKE ? ESCAPE '!' THEN 1 ELSE 0 END) AS regionAll,
         SUM(CASE WHEN s.cellType = me.cellType AND s.total > me.total THEN 1 ELSE 0 END) AS typeBetter,
         SUM(CASE WHEN s.cellType = me.cellType THEN 1 ELSE 0 END) AS typeAll
       FROM cell_scores s JOIN cells c ON c.id = s.cellId
       JOIN cell_scores me ON me.cellId = ? AND me.period = s.period
       WHERE s.period = ?`,
      [countyPattern(cell.regionCode), countyPattern(cell.regionCode), cell.id, period],
    );
    return {
      inRegion: Number(row?.regionBetter ?? 0) + 1,
      ofInRegion: Number(row?.regionAll ?? 0),
      inType: Number(row?.typeBetter ?? 0) + 1,
      ofInType: Number(row?.typeAll ?? 0),
    };
  }

  private async pendingKeys(cellId: number, period: string): Promise<Set<string>> {
    const rows = await select<{ indicatorKey: string }>(
      this.dataSource.manager,
      "SELECT DISTINCT indicatorKey FROM evidence WHERE cellId = ? AND period = ? AND status = 'pending'",
      [cellId, period],
    );
    return new Set(rows.map((row) => row.indicatorKey));
  }

  /** Participation fell in each of the last three ended months (four months compared). */
  private async participationFalling(cellId: number, now: Date): Promise<CellAlert | null> {
    if (!this.measures.has('participation_rate')) return null;
    const measure = this.measures.get('participation_rate');
    const last = shiftPeriod(chinaPeriodOf(now), -1);
    const periods = [3, 2, 1, 0].map((back) => shiftPeriod(last, -back));
    const values: { period: string; participation: number }[] = [];
    for (const period of periods) {
      const byCell = await measure.compute(this.dataSource.manager, { period, ...chinaMonthRange(period) }, [cellId]);
      values.push({ period, participation: Math.round((byCell.get(cellId) ?? 0) * 10) / 10 });
    }
    const falling = values.every((v, i) => i === 0 || v.participation < values[i - 1].participation);
    if (!falling) return null;
    return {
      kind: 'participation_falling',
      message: `参与率连续三个月下降：${values.map((v) => `${v.period.slice(5)} 月 ${v.participation}%`).join(' → ')}`,
      periods: values,
    };
  }
}

/** The indicators losing the most points, in plain words. */
function toFix(score: CellScore, pending: Set<string>): ToFixItem[] {
  return score.indicators
    .map((indicator) => ({
      key: indicator.key,
      lost: Math.round((indicator.weight - indicator.points) * 100) / 100,
      message: toFixMessage(indicator, pending.has(indicator.key)),
    }))
    .filter((item): item is ToFixItem => item.message !== null && item.lost > 0)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, TO_FIX_MAX);
}

/** A month that has not begun cannot be scored. */
function assertStarted(period: string, now: Date): void {
  if (chinaMonthRange(period).start > now) throw AppError.invalidField('period', 'is a month that has not begun');
}

function countyPattern(regionCode: string): string {
  return startsWithPattern(regionCode.slice(0, 6));
}
