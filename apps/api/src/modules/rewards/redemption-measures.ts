import type { MeasureDefinition } from '../scoring/measure-registry';
import { monthByCell, perHousehold } from '../scoring/measure-sql';
import { registerMeasures } from '../scoring/measures.module';

/** Redemptions handed over in the month at the cell's points shops ÷ households. */
export const REDEMPTION_MEASURES: MeasureDefinition[] = [
  {
    key: 'redemptions_per_household',
    name: '户均积分兑换次数',
    unit: 'per_household',
    compute: (em, period, cellIds) =>
      perHousehold(
        em,
        monthByCell(
          period,
          's.cellId',
          cellIds,
          (only) => `SELECT s.cellId AS cellId, COUNT(*) AS n
                       FROM redemptions r JOIN shops s ON s.id = r.shopId
                      WHERE r.status = 'fulfilled' AND r.fulfilledAt >= ? AND r.fulfilledAt < ?${only}
                      GROUP BY s.cellId`,
        ),
        1,
      ),
  },
];

export const RedemptionMeasures = registerMeasures('REDEMPTION_MEASURES', REDEMPTION_MEASURES);
