import type { IndicatorScore, RubricIndicator } from '../contracts/scoring';
import { DEFAULT_GRADE_MINIMUMS, GRADES } from '../enums/scoring';
import { chinaMonthRange, chinaPeriodOf, shiftPeriod } from './china-time';
import { gradeFor, indicatorPoints, toFixMessage } from './scoring';

const base = { key: 'k', name: '参与率', weight: 10, source: 'participation_rate' } as const;
const ratio: RubricIndicator = { ...base, rule: 'ratio', target: 80 };
const thresholds: RubricIndicator = { ...base, rule: 'thresholds', target: 90, step: 10, deduct: 1 };
const deductions: RubricIndicator = { ...base, source: 'manual', rule: 'deductions', perCheck: 4 };
const yesNo: RubricIndicator = { ...base, source: 'manual', rule: 'yes_no' };

describe('indicator rules', () => {
  it('ratio: linear to the target, capped at the weight, never negative', () => {
    expect(indicatorPoints(ratio, 0)).toBe(0);
    expect(indicatorPoints(ratio, 40)).toBe(5);
    expect(indicatorPoints(ratio, 79.99)).toBe(10); // 9.99875 rounds to two decimals
    expect(indicatorPoints(ratio, 72)).toBe(9);
    expect(indicatorPoints(ratio, 80)).toBe(10);
    expect(indicatorPoints(ratio, 250)).toBe(10);
    expect(indicatorPoints(ratio, -5)).toBe(0);
    expect(indicatorPoints(ratio, 1)).toBe(0.13); // 0.125, half away from zero
  });

  it('thresholds: full at the target, one deduction per step or part of one short, floor 0', () => {
    expect(indicatorPoints(thresholds, 90)).toBe(10);
    expect(indicatorPoints(thresholds, 100)).toBe(10);
    expect(indicatorPoints(thresholds, 89.9)).toBe(9);
    expect(indicatorPoints(thresholds, 80)).toBe(9);
    expect(indicatorPoints(thresholds, 79.9)).toBe(8);
    expect(indicatorPoints(thresholds, 0)).toBe(1);
    expect(indicatorPoints({ ...thresholds, deduct: 3 }, 50)).toBe(0);
  });

  it('deductions: points per failed check, floor 0', () => {
    expect(indicatorPoints(deductions, 0)).toBe(10);
    expect(indicatorPoints(deductions, 1)).toBe(6);
    expect(indicatorPoints(deductions, 2)).toBe(2);
    expect(indicatorPoints(deductions, 3)).toBe(0);
  });

  it('yes_no: all at or above the target (1 unless given), else nothing', () => {
    expect(indicatorPoints(yesNo, 1)).toBe(10);
    expect(indicatorPoints(yesNo, 0)).toBe(0);
    expect(indicatorPoints({ ...yesNo, target: 2 }, 1)).toBe(0);
    expect(indicatorPoints({ ...yesNo, target: 2 }, 2)).toBe(10);
  });

  it('gives nothing for a missing value', () => {
    for (const indicator of [ratio, thresholds, deductions, yesNo]) expect(indicatorPoints(indicator, null)).toBe(0);
  });
});

describe('grades', () => {
  const grades = GRADES.map((grade) => ({ grade, min: DEFAULT_GRADE_MINIMUMS[grade] }));
  it('takes the highest grade whose minimum the total reaches', () => {
    expect(gradeFor(100, grades)).toBe('exemplary');
    expect(gradeFor(90, grades)).toBe('exemplary');
    expect(gradeFor(89.99, grades)).toBe('qualified');
    expect(gradeFor(75, grades)).toBe('qualified');
    expect(gradeFor(74.99, grades)).toBe('improving');
    expect(gradeFor(60, grades)).toBe('improving');
    expect(gradeFor(59.99, grades)).toBe('failing');
    expect(gradeFor(0, grades)).toBe('failing');
  });
});

describe('what to fix', () => {
  const scored = (over: Partial<IndicatorScore>): IndicatorScore => ({
    key: 'k',
    name: '参与率',
    weight: 10,
    source: 'participation_rate',
    rule: 'ratio',
    raw: 72,
    unit: 'percent',
    target: 80,
    points: 9,
    ...over,
  });

  it('says it in plain words', () => {
    expect(toFixMessage(scored({}))).toBe('参与率 72%，目标 80%，差 8 个百分点');
    expect(toFixMessage(scored({ raw: 0.3, unit: 'per_household', target: 0.5, name: '积分兑换' }))).toBe(
      '积分兑换 0.3 次/户，目标 0.5 次/户，差 0.2 次/户',
    );
    expect(toFixMessage(scored({ source: 'manual', rule: 'deductions', raw: 2, points: 2, name: '设施配置' }))).toBe(
      '设施配置：2 项检查未通过',
    );
    expect(toFixMessage(scored({ source: 'manual', rule: 'yes_no', raw: 0, points: 0, name: '村规民约' }))).toBe(
      '村规民约：未达到要求',
    );
    expect(toFixMessage(scored({ source: 'manual', raw: null, points: 0, name: '村规民约' }))).toBe(
      '村规民约：未提交佐证材料',
    );
    expect(toFixMessage(scored({ source: 'manual', raw: null, points: 0, name: '村规民约' }), true)).toBe(
      '村规民约：佐证材料待审核',
    );
  });

  it('says nothing about full marks', () => {
    expect(toFixMessage(scored({ raw: 85, points: 10 }))).toBeNull();
  });
});

describe('China months', () => {
  it('run from 00:00 on the 1st, Beijing time', () => {
    expect(chinaMonthRange('2026-11')).toEqual({
      start: new Date('2026-10-31T16:00:00Z'),
      end: new Date('2026-11-30T16:00:00Z'),
    });
    expect(chinaMonthRange('2026-12').end).toEqual(new Date('2026-12-31T16:00:00Z'));
    expect(chinaPeriodOf(new Date('2026-10-31T16:00:00Z'))).toBe('2026-11');
    expect(chinaPeriodOf(new Date('2026-10-31T15:59:59Z'))).toBe('2026-10');
  });

  it('shift across years', () => {
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2026-05', -17)).toBe('2024-12');
  });
});
