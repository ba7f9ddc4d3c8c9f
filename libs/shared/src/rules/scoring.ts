import type { IndicatorScore, RubricGrade, RubricIndicator } from '../contracts/scoring';
import type { Grade, MeasureUnit } from '../enums/scoring';

/** Two decimals, half away from zero, so that stored and recomputed points compare equal. */
export function roundPoints(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
}

/**
 * Points one indicator earns for its raw value (null: nothing measured or approved → 0).
 * The rules are described on INDICATOR_RULES.
 */
export function indicatorPoints(indicator: RubricIndicator, raw: number | null): number {
  if (raw === null || !Number.isFinite(raw)) return 0;
  const { weight } = indicator;
  switch (indicator.rule) {
    case 'ratio': {
      const target = indicator.target ?? 0;
      if (target <= 0) return 0;
      return roundPoints(weight * Math.min(Math.max(raw, 0) / target, 1));
    }
    case 'thresholds': {
      const target = indicator.target ?? 0;
      if (raw >= target) return weight;
      const stepsShort = Math.ceil((target - raw) / (indicator.step ?? 1) - 1e-9);
      return roundPoints(Math.max(0, weight - stepsShort * (indicator.deduct ?? 0)));
    }
    case 'deductions':
      return roundPoints(Math.max(0, weight - Math.max(0, Math.round(raw)) * (indicator.perCheck ?? 0)));
    case 'yes_no':
      return raw >= (indicator.target ?? 1) ? weight : 0;
    default: {
      const unknown: never = indicator.rule;
      throw new Error(`Unknown rule ${String(unknown)}`);
    }
  }
}

/** The grade a total earns: the first (highest) grade whose minimum it reaches. */
export function gradeFor(total: number, grades: RubricGrade[]): Grade {
  const hit = grades.find((grade) => total >= grade.min);
  return (hit ?? grades[grades.length - 1]).grade;
}

/** A measured value with its unit, one decimal at most: `72.5%`, `1.2 次/户`, `3 次`. */
export function formatMeasureValue(value: number, unit: MeasureUnit | null): string {
  const shown = String(oneDecimal(value));
  switch (unit) {
    case 'percent':
      return `${shown}%`;
    case 'per_household':
      return `${shown} 次/户`;
    case 'per_100_households':
      return `${shown} 个/百户`;
    case 'count':
      return `${shown} 次`;
    default:
      return shown;
  }
}

/**
 * What to fix about one scored indicator, in plain Chinese (`参与率 72%，目标 80%，差 8 个百分点`);
 * null when it has full marks. `evidencePending`: a manual indicator's evidence waits for an admin.
 */
export function toFixMessage(score: IndicatorScore, evidencePending = false): string | null {
  if (score.points >= score.weight) return null;
  const { name, raw, unit } = score;
  if (raw === null) return evidencePending ? `${name}：佐证材料待审核` : `${name}：未提交佐证材料`;
  switch (score.rule) {
    case 'yes_no':
      return score.source === 'manual'
        ? `${name}：未达到要求`
        : `${name} ${formatMeasureValue(raw, unit)}，至少 ${formatMeasureValue(score.target ?? 1, unit)}`;
    case 'deductions':
      return `${name}：${Math.round(raw)} 项检查未通过`;
    default: {
      const target = score.target ?? 0;
      const gap = oneDecimal(target - raw);
      const gapText = unit === 'percent' ? `${gap} 个百分点` : formatMeasureValue(gap, unit);
      return `${name} ${formatMeasureValue(oneDecimal(raw), unit)}，目标 ${formatMeasureValue(target, unit)}，差 ${gapText}`;
    }
  }
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
