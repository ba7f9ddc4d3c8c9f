import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  type ActivityKind,
  activityMeasureKey,
  shiftPeriod,
} from '@zerowaste/shared';
import type { EntityManager } from 'typeorm';
import type { MeasureDefinition, MeasurePeriod } from '../scoring/measure-registry';
import { registerMeasures } from '../scoring/measures.module';

/** The days of a period as the `date` column holds them: `[first, next month's first)`. */
export function periodDates(period: string): { from: string; until: string } {
  return { from: `${period}-01`, until: `${shiftPeriod(period, 1)}-01` };
}

/** Activities per cell in the month, of one kind or of all: one grouped query over every cell. */
async function countActivities(
  em: EntityManager,
  { period }: MeasurePeriod,
  kind: ActivityKind | null,
  cellIds?: number[],
): Promise<Map<number, number>> {
  if (cellIds && !cellIds.length) return new Map();
  const { from, until } = periodDates(period);
  const qb = em
    .createQueryBuilder()
    .select('a.cellId', 'cellId')
    .addSelect('COUNT(*)', 'n')
    .from('cell_activities', 'a')
    .where('a.date >= :from AND a.date < :until', { from, until })
    .groupBy('a.cellId');
  if (kind) qb.andWhere('a.kind = :kind', { kind });
  if (cellIds) qb.andWhere('a.cellId IN (:...cellIds)', { cellIds });
  const rows: { cellId: number | string; n: number | string }[] = await qb.getRawMany();
  return new Map(rows.map((row) => [Number(row.cellId), Number(row.n)]));
}

/** `activities` (every kind) and `activities_<kind>` for each kind, for the rubrics to name. */
const ACTIVITY_MEASURES: MeasureDefinition[] = [
  {
    key: 'activities',
    name: '开展活动次数',
    unit: 'count',
    compute: (em, period, cellIds) => countActivities(em, period, null, cellIds),
  },
  ...ACTIVITY_KINDS.map(
    (kind): MeasureDefinition => ({
      key: activityMeasureKey(kind),
      name: `${ACTIVITY_KIND_LABELS[kind]}次数`,
      unit: 'count',
      compute: (em, period, cellIds) => countActivities(em, period, kind, cellIds),
    }),
  ),
];

export const ActivityMeasures = registerMeasures('ACTIVITY_MEASURES', ACTIVITY_MEASURES);
