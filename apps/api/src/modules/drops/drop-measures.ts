import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { select, sqlTime } from '../../database/sql';
import { type MeasureDefinition, type MeasurePeriod, MeasureRegistry } from '../scoring/measure-registry';
import { type CellCountSql, countsByCell, monthByCell, perHousehold, scanAllHint } from '../scoring/measure-sql';

/** One bin's sorting accuracy over a window, for the managers' alerts. */
export interface BinAccuracy {
  binId: number;
  binName: string;
  judged: number;
  correct: number;
}

/** The measures drops give the rubrics: participation, sorting accuracy, hazardous drops. */
export const DROP_MEASURES: MeasureDefinition[] = [
  {
    key: 'participation_rate',
    name: '参与率',
    unit: 'percent',
    // Distinct points accounts (residents and household cards) with a drop at the cell's bins ÷ households.
    compute: (em, period, cellIds) =>
      perHousehold(em, dropsByCell(em, period, cellIds, 'COUNT(DISTINCT d.accountId)'), 100),
  },
  {
    key: 'sorting_accuracy',
    name: '分类准确率',
    unit: 'percent',
    // Drops made in the period and judged correct ÷ those judged at all; a cell with none judged measures 0.
    compute: (em, period, cellIds) =>
      countsByCell(
        em,
        dropsByCell(
          em,
          period,
          cellIds,
          "1e2 * SUM(CASE WHEN d.verdict = 'correct' THEN 1 ELSE 0 END) / COUNT(*)",
          ' AND d.verdict IS NOT NULL',
        ),
      ),
  },
  {
    key: 'hazardous_drops',
    name: '有害垃圾投放次数',
    unit: 'count',
    compute: (em, period, cellIds) =>
      countsByCell(em, dropsByCell(em, period, cellIds, 'COUNT(*)', " AND d.category = 'hazardous'")),
  },
];

/** The month's drops grouped by cell: `n` is what each cell measures, `where` narrows the drops counted. */
function dropsByCell(
  em: EntityManager,
  period: MeasurePeriod,
  cellIds: number[] | undefined,
  n: string,
  where = '',
): CellCountSql {
  return monthByCell(
    period,
    'd.cellId',
    cellIds,
    (only) => `SELECT d.cellId AS cellId, ${n} AS n FROM drops d${scanAllHint(em, 'ix_drops_cell_time', cellIds)}
                WHERE d.createdAt >= ? AND d.createdAt < ?${where}${only} GROUP BY d.cellId`,
  );
}

@Injectable()
export class DropMeasures implements OnModuleInit {
  constructor(
    private readonly registry: MeasureRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    for (const measure of DROP_MEASURES) this.registry.register(measure);
  }

  /** Each bin of the cell with judged drops since `since`: how many were judged and how many correct. */
  async binAccuracy(cellId: number, since: Date): Promise<BinAccuracy[]> {
    const rows = await select<{ binId: number; binName: string; judged: number | string; correct: number | string }>(
      this.dataSource.manager,
      `SELECT d.binId AS binId, b.name AS binName, COUNT(*) AS judged,
              SUM(CASE WHEN d.verdict = 'correct' THEN 1 ELSE 0 END) AS correct
         FROM drops d JOIN bins b ON b.id = d.binId
        WHERE d.cellId = ? AND d.createdAt >= ? AND d.verdict IS NOT NULL
        GROUP BY d.binId, b.name
        ORDER BY d.binId`,
      [cellId, sqlTime(since)],
    );
    return rows.map((row) => ({
      binId: Number(row.binId),
      binName: row.binName,
      judged: Number(row.judged),
      correct: Number(row.correct),
    }));
  }
}
