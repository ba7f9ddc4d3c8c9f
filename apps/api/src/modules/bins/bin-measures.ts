import type { MeasureDefinition } from '../scoring/measure-registry';
import { cellFilter, perHousehold, periodTimes } from '../scoring/measure-sql';
import { registerMeasures } from '../scoring/measures.module';

/**
 * Bins in service at the end of the month per 100 households: registered before the month ended and
 * not retired by then (a retired bin's last change is its retirement), so a past month reproduces.
 */
export const BIN_MEASURES: MeasureDefinition[] = [
  {
    key: 'bins_per_100_households',
    name: '每百户分类桶数',
    unit: 'per_100_households',
    compute: (em, period, cellIds) => {
      const only = cellFilter('b.cellId', cellIds);
      const [, end] = periodTimes(period);
      return perHousehold(
        em,
        {
          sql: `SELECT b.cellId AS cellId, COUNT(*) AS n FROM bins b
                 WHERE b.createdAt < ? AND (b.status = 'active' OR b.updatedAt >= ?)${only.sql}
                 GROUP BY b.cellId`,
          parameters: [end, end, ...only.parameters],
        },
        100,
      );
    },
  },
];

export const BinMeasures = registerMeasures('BIN_MEASURES', BIN_MEASURES);
