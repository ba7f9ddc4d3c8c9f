import { CELL_TYPE_LABELS, CELL_TYPES, type CellType, GRADE_LABELS, GRADES, type Grade } from '@zerowaste/shared';
import { formatPeriod, recentPeriods } from '@/utils/period';

/** The last year's months, newest first, for the dashboard's month picker. */
export const PERIOD_OPTIONS = recentPeriods(12).map((value) => ({ value, label: formatPeriod(value) }));

export const TYPE_OPTIONS: { value: CellType | ''; label: string }[] = [
  { value: '', label: '全部类型' },
  ...CELL_TYPES.map((value) => ({ value, label: CELL_TYPE_LABELS[value] })),
];

export const GRADE_OPTIONS: { value: Grade | ''; label: string }[] = [
  { value: '', label: '全部' },
  ...GRADES.map((value) => ({ value, label: GRADE_LABELS[value] })),
];
