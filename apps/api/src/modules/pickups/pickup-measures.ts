import type { MeasureDefinition } from '../scoring/measure-registry';
import { monthByCell, perHousehold } from '../scoring/measure-sql';
import { registerMeasures } from '../scoring/measures.module';

/** kg recycled through completed doorstep pickups in the month by the cell's residents ÷ households. */
export const PICKUP_MEASURES: MeasureDefinition[] = [
  {
    key: 'recovered_kg_per_household',
    name: '户均上门回收量',
    unit: 'kg_per_household',
    compute: (em, period, cellIds) =>
      perHousehold(
        em,
        monthByCell(
          period,
          'p.cellId',
          cellIds,
          (only) => `SELECT p.cellId AS cellId, SUM(p.recycledKg) AS n
                       FROM pickups p
                      WHERE p.status = 'completed' AND p.endedAt >= ? AND p.endedAt < ?${only}
                      GROUP BY p.cellId`,
        ),
        1,
      ),
  },
];

export const PickupMeasures = registerMeasures('PICKUP_MEASURES', PICKUP_MEASURES);
