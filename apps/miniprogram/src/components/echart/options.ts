import {
  DEFAULT_GRADE_MINIMUMS,
  GRADE_LABELS,
  GRADES,
  type Grade,
  type Period,
  type ScoreRankingItem,
  type ScoreTrendItem,
} from '@zerowaste/shared';
import { formatScore, GRADE_COLOURS } from '../../utils/grade';
import { formatMonth } from '../../utils/period';
import type { ChartOption } from './echarts';

const AXIS_TEXT = { color: '#5c6470', fontSize: 12 };
const SPLIT_LINE = { lineStyle: { color: '#e6e8eb' } };
const TOOLTIP = { confine: true, textStyle: { fontSize: 13 } };
// The browser's tooltip is HTML; a weapp canvas draws it as rich text, where a newline breaks the line.
const LINE_BREAK = process.env.TARO_ENV === 'h5' ? '<br/>' : '\n';

/** A cell's monthly totals as a line, each month's dot in its grade's colour, with the 示范/达标/提升中 lines. */
export function trendChartOption(items: ScoreTrendItem[]): ChartOption {
  const lines = (['exemplary', 'qualified', 'improving'] as const).map((grade) => ({
    yAxis: DEFAULT_GRADE_MINIMUMS[grade],
    label: { formatter: GRADE_LABELS[grade], color: GRADE_COLOURS[grade], fontSize: 11 },
    lineStyle: { color: GRADE_COLOURS[grade], type: 'dashed' as const, opacity: 0.6 },
  }));
  return {
    animation: process.env.TARO_ENV === 'h5',
    grid: { left: 36, right: 52, top: 16, bottom: 28 },
    tooltip: {
      ...TOOLTIP,
      trigger: 'axis',
      valueFormatter: (value) => `${formatScore(Number(value))} 分`,
    },
    xAxis: {
      type: 'category',
      data: items.map((item) => formatMonth(item.period)),
      axisLabel: AXIS_TEXT,
      axisTick: { show: false },
    },
    yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: AXIS_TEXT, splitLine: SPLIT_LINE },
    series: [
      {
        type: 'line',
        name: '总分',
        data: items.map((item) => ({ value: item.total, itemStyle: { color: GRADE_COLOURS[item.grade] } })),
        symbolSize: 9,
        lineStyle: { color: '#1a7f5a', width: 3 },
        markLine: { silent: true, symbol: 'none', data: lines },
      },
    ],
  };
}

/** The cells that have a location, split by grade: series `i` of the map draws grade `GRADES[i]`. */
function locatedByGrade(items: ScoreRankingItem[]): ScoreRankingItem[][] {
  const located = items.filter((item) => item.lat !== null && item.lng !== null);
  return GRADES.map((grade) => located.filter((item) => item.grade === grade));
}

/** Cells placed by longitude and latitude, one series (and legend entry) per grade. */
export function gradeMapOption(items: ScoreRankingItem[]): ChartOption {
  const series = locatedByGrade(items);
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 48, bottom: 28 },
    legend: { top: 0, itemGap: 16, textStyle: { fontSize: 13 } },
    tooltip: {
      ...TOOLTIP,
      trigger: 'item',
      formatter: (params) => {
        const point = params as unknown as { seriesIndex: number; dataIndex: number };
        const item = series[point.seriesIndex]?.[point.dataIndex];
        return item ? `${item.cellName}${LINE_BREAK}${formatScore(item.total)} 分 · ${GRADE_LABELS[item.grade]}` : '';
      },
    },
    // Longitude across, latitude up; the page says so under the chart, so the axes carry only numbers.
    xAxis: {
      type: 'value',
      scale: true,
      splitNumber: 3,
      axisLabel: { ...AXIS_TEXT, hideOverlap: true },
      splitLine: SPLIT_LINE,
    },
    yAxis: { type: 'value', scale: true, splitNumber: 4, axisLabel: AXIS_TEXT, splitLine: SPLIT_LINE },
    series: GRADES.map((grade, index) => ({
      type: 'scatter' as const,
      name: GRADE_LABELS[grade],
      itemStyle: { color: GRADE_COLOURS[grade], borderColor: '#ffffff', borderWidth: 1.5 },
      symbolSize: 14,
      // Better grades on top, so the one 示范 cell in a crowded block of flats is not hidden.
      z: 2 + GRADES.length - index,
      data: series[index].map((item) => [item.lng, item.lat]),
    })),
  };
}

/** The cells of the monthly map's series `seriesIndex`, in the order `gradeMapOption` drew them. */
export function mapItemAt(items: ScoreRankingItem[], seriesIndex: number, dataIndex: number): ScoreRankingItem | null {
  return locatedByGrade(items)[seriesIndex]?.[dataIndex] ?? null;
}

/** One month of the grade distribution: how many cells earned each grade. */
export interface GradeCounts {
  period: Period;
  counts: Record<Grade, number>;
}

/** The percentage of cells at 达标 or better (one decimal), or null when no cell was scored. */
export function passRate(counts: GradeCounts['counts']): number | null {
  const all = GRADES.reduce((sum, grade) => sum + counts[grade], 0);
  return all ? Math.round(((counts.exemplary + counts.qualified) / all) * 1000) / 10 : null;
}

/** Stacked bars of cells per grade per month, and the share at 达标 or better as a line. */
export function gradeDistributionOption(months: GradeCounts[]): ChartOption {
  return {
    animation: process.env.TARO_ENV === 'h5',
    grid: { left: 36, right: 44, top: 44, bottom: 28 },
    legend: { top: 0, itemGap: 12, itemWidth: 16, itemHeight: 10, textStyle: { fontSize: 12 } },
    tooltip: { ...TOOLTIP, trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: months.map((month) => formatMonth(month.period)),
      axisLabel: AXIS_TEXT,
      axisTick: { show: false },
    },
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: AXIS_TEXT, splitLine: SPLIT_LINE },
      {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { ...AXIS_TEXT, formatter: '{value}%' },
        splitLine: { show: false },
      },
    ],
    series: [
      ...GRADES.map((grade) => ({
        type: 'bar' as const,
        name: GRADE_LABELS[grade],
        stack: 'grades',
        barMaxWidth: 36,
        itemStyle: { color: GRADE_COLOURS[grade] },
        data: months.map((month) => month.counts[grade]),
      })),
      {
        type: 'line' as const,
        name: '达标率',
        yAxisIndex: 1,
        data: months.map((month) => passRate(month.counts)),
        symbolSize: 7,
        lineStyle: { color: '#1f2329', width: 2 },
        itemStyle: { color: '#1f2329' },
        tooltip: { valueFormatter: (value) => `${value}%` },
      },
    ],
  };
}
