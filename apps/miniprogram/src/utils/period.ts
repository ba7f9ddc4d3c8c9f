import { chinaPeriodOf, type Period, shiftPeriod } from '@zerowaste/shared';

/** The month scored last: the monthly job scores the month just ended on the 1st. */
export function lastScoredPeriod(now: Date = new Date()): Period {
  return shiftPeriod(chinaPeriodOf(now), -1);
}

/** The `count` months up to and including `latest`, newest first. */
export function recentPeriods(count: number, latest: Period = lastScoredPeriod()): Period[] {
  return Array.from({ length: count }, (_, index) => shiftPeriod(latest, -index));
}

/** 2026-11 → 2026年11月. */
export function formatPeriod(period: Period): string {
  const [year, month] = period.split('-');
  return `${year}年${Number(month)}月`;
}

/** 2026-11 → 11月, for chart axes. */
export function formatMonth(period: Period): string {
  return `${Number(period.split('-')[1])}月`;
}
