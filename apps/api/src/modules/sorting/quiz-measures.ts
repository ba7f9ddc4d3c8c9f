import { shiftPeriod } from '@zerowaste/shared';
import type { MeasureDefinition } from '../scoring/measure-registry';
import { cellFilter, perHousehold } from '../scoring/measure-sql';
import { registerMeasures } from '../scoring/measures.module';

/** The quiz's measure: distinct users whose home cell is the cell and who answered a daily quiz in the month ÷ households. */
export const QUIZ_MEASURES: MeasureDefinition[] = [
  {
    key: 'quiz_participation',
    name: '答题参与率',
    unit: 'percent',
    compute: (em, { period }, cellIds) => {
      const only = cellFilter('u.homeCellId', cellIds);
      // quiz_attempts.day is the quiz's China day as YYYY-MM-DD.
      return perHousehold(
        em,
        {
          sql: `SELECT u.homeCellId AS cellId, COUNT(DISTINCT q.userId) AS n
                  FROM quiz_attempts q JOIN users u ON u.id = q.userId
                 WHERE q.day >= ? AND q.day < ? AND u.homeCellId IS NOT NULL${only.sql}
                 GROUP BY u.homeCellId`,
          parameters: [`${period}-01`, `${shiftPeriod(period, 1)}-01`, ...only.parameters],
        },
        100,
      );
    },
  },
];

export const QuizMeasures = registerMeasures('QUIZ_MEASURES', QUIZ_MEASURES);
