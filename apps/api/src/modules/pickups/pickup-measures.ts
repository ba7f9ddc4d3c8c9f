import type { MeasureDefinition } from '../scoring/measure-registry';
import { cellFilter, perHousehold, periodTimes } from '../scoring/measure-sql';
import { registerMeasures } from '../scoring/measures.module';

/** kg recycled through completed doorstep pickups in the month by the cell's residents ÷ households. */
export const PICKUP_MEASURES: MeasureDefinition[] = [
  {
    key: 'recovered_kg_per_household',
    name: '户均上门回收量',
    unit: 'kg_per_household',
    compute: (em, period, cellIds) => {
      const only = cellFilter('p.cellId', cellIds);
      return perHousehold(
        em,
        {
          sql: `SELECT p.cellId AS cellId, SUM(p.recycledKg) AS n
                  FROM pickups p
                 WHERE p.status = 'completed' AND p.endedAt >= ? AND p.endedAt < ?${only.sql}
                 GROUP BY p.cellId`,
          parameters: [...periodTimes(period), ...only.parameters],
        },
        1,
      );
    },
  },
];

export const PickupMeasures = registerMeasures('PICKUP_MEASURES', PICKUP_MEASURES);
