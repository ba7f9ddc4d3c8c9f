import {
  type Grade,
  gradeFor,
  type IndicatorEvidenceRef,
  type IndicatorScore,
  indicatorPoints,
  MANUAL_SOURCE,
  type MeasureUnit,
  type RubricDefinition,
  roundPoints,
} from '@zerowaste/shared';

/** The latest approved evidence of one manual indicator, with its value. */
export interface ApprovedEvidence extends IndicatorEvidenceRef {
  value: number;
}

/** What one cell brings to its rubric: each measure's value, and the evidence approved for it. */
export interface CellInputs {
  /** Measure key → value; a measure without a value for the cell measured 0. */
  measures: ReadonlyMap<string, number>;
  /** Indicator key → the latest approved evidence for the period. */
  evidence: ReadonlyMap<string, ApprovedEvidence>;
}

export interface ScoredCell {
  total: number;
  grade: Grade;
  indicators: IndicatorScore[];
}

/** Scores one cell against one rubric: pure, so a stored breakdown can always be reproduced. */
export function scoreCell(
  rubric: RubricDefinition,
  inputs: CellInputs,
  unitOf: (measureKey: string) => MeasureUnit | null,
): ScoredCell {
  const indicators = rubric.indicators.map((indicator): IndicatorScore => {
    const manual = indicator.source === MANUAL_SOURCE;
    const evidence = manual ? inputs.evidence.get(indicator.key) : undefined;
    const raw = manual ? (evidence?.value ?? null) : (inputs.measures.get(indicator.source) ?? 0);
    return {
      key: indicator.key,
      name: indicator.name,
      weight: indicator.weight,
      source: indicator.source,
      rule: indicator.rule,
      raw: raw === null ? null : roundRaw(raw),
      unit: manual ? manualUnit(indicator.rule) : unitOf(indicator.source),
      target: indicator.rule === 'deductions' ? 0 : (indicator.target ?? (indicator.rule === 'yes_no' ? 1 : null)),
      points: indicatorPoints(indicator, raw === null ? null : roundRaw(raw)),
      ...(manual && {
        evidence: evidence ? { id: evidence.id, note: evidence.note, imageIds: evidence.imageIds } : null,
      }),
    };
  });
  const total = roundPoints(indicators.reduce((sum, indicator) => sum + indicator.points, 0));
  return { total, grade: gradeFor(total, rubric.grades), indicators };
}

/** Raw values are kept to four decimals, so that what is stored is what the points were computed from. */
function roundRaw(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Manual rates (awareness, recovery) are entered as percentages; checks and yes/no have no unit. */
function manualUnit(rule: IndicatorScore['rule']): MeasureUnit | null {
  return rule === 'ratio' || rule === 'thresholds' ? 'percent' : null;
}
