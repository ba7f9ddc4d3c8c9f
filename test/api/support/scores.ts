import type { CellType, Grade, IndicatorScore } from '@zerowaste/shared';
import type { TestApp } from './test-app';

/** A stored month's score as the scoring module writes it (for suites that read scores: exports, reports). */
export interface StoredScore {
  cellId: number;
  period: string;
  cellType?: CellType;
  total: number;
  grade: Grade;
  indicators?: IndicatorScore[];
}

/** Two indicators that add up to `total`: participation (60 points) and a manual check (40 points). */
export function twoIndicators(total: number): IndicatorScore[] {
  const participation = Math.min(60, total);
  return [
    {
      key: 'participation',
      name: '居民参与率',
      weight: 60,
      source: 'participation_rate',
      rule: 'ratio',
      raw: Math.round((participation / 60) * 80 * 10) / 10,
      unit: 'percent',
      target: 80,
      points: participation,
    },
    {
      key: 'management',
      name: '日常管理',
      weight: 40,
      source: 'manual',
      rule: 'yes_no',
      raw: total - participation >= 40 ? 1 : 0,
      unit: null,
      target: 1,
      points: total - participation,
    },
  ];
}

/** Writes stored scores in one statement. */
export async function storeScores(t: TestApp, scores: StoredScore[]): Promise<void> {
  const values = scores.map(() => '(?, ?, ?, 1, ?, ?, ?, ?)').join(', ');
  const parameters = scores.flatMap((s) => [
    s.cellId,
    s.period,
    s.cellType ?? 'community',
    s.total,
    s.grade,
    JSON.stringify(s.indicators ?? twoIndicators(s.total)),
    '2026-01-01 00:00:00.000',
  ]);
  await t.dataSource.query(
    `INSERT INTO cell_scores (cellId, period, cellType, rubricVersion, total, grade, indicators, computedAt) VALUES ${values}`,
    parameters,
  );
}

/** The grade a total earns with the usual minimums (示范 ≥ 90, 达标 ≥ 75, 提升中 ≥ 60). */
export function gradeOf(total: number): Grade {
  if (total >= 90) return 'exemplary';
  if (total >= 75) return 'qualified';
  if (total >= 60) return 'improving';
  return 'failing';
}
