/** A cell's grade for a month, from its total (the rubric sets the minimum total of each). */
export const GRADES = ['exemplary', 'qualified', 'improving', 'failing'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = {
  exemplary: '示范',
  qualified: '达标',
  improving: '提升中',
  failing: '未达标',
};

/** The usual minimum totals (示范 ≥ 90, 达标 ≥ 75, 提升中 ≥ 60, 未达标 below); each rubric states its own. */
export const DEFAULT_GRADE_MINIMUMS: Record<Grade, number> = {
  exemplary: 90,
  qualified: 75,
  improving: 60,
  failing: 0,
};

/**
 * How an indicator turns its raw value into points:
 * - `ratio`: weight × raw ÷ target, capped at the weight (linear to the target);
 * - `thresholds`: full marks at or above the target, `deduct` points lost per `step` (or part of one)
 *   short of it, never below zero (as inspection forms do: ≥ 90% full, −1 per 10 points short);
 * - `deductions`: raw is the number of failed checks, `perCheck` points lost for each, never below zero;
 * - `yes_no`: full marks when raw ≥ target (1 by default), else zero.
 */
export const INDICATOR_RULES = ['ratio', 'thresholds', 'deductions', 'yes_no'] as const;
export type IndicatorRule = (typeof INDICATOR_RULES)[number];

/** An indicator whose value the cell's manager enters with evidence, instead of a computed measure. */
export const MANUAL_SOURCE = 'manual';

/**
 * The measures the API computes today. The registry is open: pickups, places and rivers add
 * theirs (recovered kg per household, exchange activity, river reports closed in time).
 */
export const MEASURE_KEYS = [
  'participation_rate',
  'sorting_accuracy',
  'quiz_participation',
  'redemptions_per_household',
  'bins_per_100_households',
  'hazardous_drops',
  'activities',
  'recovered_kg_per_household',
] as const;
export type KnownMeasureKey = (typeof MEASURE_KEYS)[number];
/** A registered measure's key: one of MEASURE_KEYS or one a later feature registers. */
export type MeasureKey = KnownMeasureKey | (string & {});

/** What a measure's number means; `percent` values run 0–100. */
export const MEASURE_UNITS = ['percent', 'count', 'per_household', 'per_100_households', 'kg_per_household'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

export const MEASURE_UNIT_LABELS: Record<MeasureUnit, string> = {
  percent: '%',
  count: '次',
  per_household: '次/户',
  per_100_households: '个/百户',
  kg_per_household: '千克/户',
};

/** Where a piece of evidence stands; only approved evidence counts for a manual indicator. */
export const EVIDENCE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const EVIDENCE_STATUS_LABELS: Record<EvidenceStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已退回',
};

/** What a cell's manager is warned about. */
export const ALERT_KINDS = ['bin_low_accuracy', 'participation_falling'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  bin_low_accuracy: '分类准确率偏低',
  participation_falling: '参与率连续下降',
};
