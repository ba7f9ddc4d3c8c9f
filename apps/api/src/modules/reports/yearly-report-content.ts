import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  CELL_TYPE_LABELS,
  type CellType,
  DEFAULT_GRADE_MINIMUMS,
  GRADE_LABELS,
  GRADES,
  type Grade,
  type IndicatorScore,
  MEASURE_UNIT_LABELS,
  toFixMessage,
  type YearlyReportTexts,
} from '@zerowaste/shared';
import type { TaskWithoutFont } from '../../common/pdf/pdf-render-pool';
import type { ActivityKindSummary } from '../activities/activities.service';
import type { CellAverage, MonthSummary, ScoredCellRow } from '../scoring/score-reader';
import type { ReportBlock, YearlyReportTask } from './report-render.worker';

/** What the service gathered for one report (a few grouped queries); the words are worked out here. */
export interface YearlyReportInput {
  year: number;
  subject:
    | { kind: 'cell'; name: string; cellType: CellType; regionPath: string; households: number }
    | { kind: 'region'; name: string; regionPath: string };
  months: MonthSummary[];
  previousYear: MonthSummary[];
  /** The last scored month of the year, and every score in the scope that month. */
  lastPeriod: string | null;
  latest: ScoredCellRow[];
  activities: ActivityKindSummary[];
  /** A cell: its latest activities. */
  recentActivities: { date: string; kind: keyof typeof ACTIVITY_KIND_LABELS; title: string; attendance: number }[];
  /** A region: its best and worst cells over the year. */
  best: CellAverage[];
  worst: CellAverage[];
  texts: YearlyReportTexts;
  /** Today in China, `YYYY-MM-DD`. */
  today: string;
}

const GRADE_COLORS: Record<Grade, string> = {
  exemplary: '#2e7d4f',
  qualified: '#2f62a3',
  improving: '#d08a2c',
  failing: '#b3261e',
};

const SUGGESTIONS: Record<string, string> = {
  participation_rate: '加强入户宣传和桶边督导，动员更多家庭参与分类投放，使参与率稳定在目标以上。',
  sorting_accuracy: '针对准确率偏低的投放点开展定时定点督导，对常见错投物品开展专项讲解。',
  quiz_participation: '通过居民群、宣传栏推广每日答题，提高居民垃圾分类知识知晓率。',
  redemptions_per_household: '丰富积分兑换商品，定期组织兑换活动，提高居民参与的积极性。',
  bins_per_100_households: '按户数补足分类收集容器，优化投放点布局和标识。',
  hazardous_drops: '设置有害垃圾专用收集点，宣传废电池、废灯管、过期药品等的投放方法。',
  activities: '按计划开展宣传日、入户指导、光盘行动、跳蚤市场等活动，并在平台及时登记。',
  manual: '对照评分细则完善工作台账和佐证材料，按月提交审核。',
};
const STEADY = '保持现有做法，持续巩固“无废城市”创建成果，发挥示范带动作用。';

export function yearlyReport(input: YearlyReportInput): TaskWithoutFont<YearlyReportTask> {
  const { subject, year } = input;
  const isCell = subject.kind === 'cell';
  const writer = isCell ? '单元管理员' : '管理部门';
  return {
    title: `${subject.name}${year}年度“无废城市”建设工作自评估报告`,
    titleLines: [subject.name, `${year}年度“无废城市”建设工作自评估报告`],
    subtitle: isCell
      ? `${CELL_TYPE_LABELS[subject.cellType]} · ${subject.regionPath}`
      : `${subject.regionPath} · 辖区无废细胞汇总`,
    dateLine: `${subject.name}\n${chineseDate(input.today)}`,
    sourceNote:
      `注：评分、指标和活动数据取自“无废城市”平台（截至${chineseDate(input.today)}），按各类型无废细胞的评分细则逐月计算；` +
      `文字部分由${writer}填写。`,
    blocks: [
      { type: 'heading', text: '一、总体情况' },
      ...written(input.texts.overview, writer),
      { type: 'paragraph', text: overviewFacts(input) },
      { type: 'figures', items: figures(input) },
      trendChart(input),
      { type: 'heading', text: '二、主要做法和成效' },
      ...written(input.texts.practices, writer),
      { type: 'subheading', text: '（一）开展活动情况' },
      { type: 'paragraph', text: activityFacts(input.activities) },
      activityTable(input.activities),
      ...(isCell ? recentActivities(input) : []),
      {
        type: 'subheading',
        text: `（${isCell ? '三' : '二'}）各项指标完成情况${input.lastPeriod ? `（${monthLabel(input.lastPeriod)}）` : ''}`,
      },
      isCell ? cellIndicators(input.latest[0]?.indicators ?? []) : regionIndicators(input.latest),
      ...(isCell ? [] : bestCells(input.best)),
      { type: 'heading', text: '三、存在的问题及建议' },
      ...written(input.texts.problems, writer),
      { type: 'subheading', text: '（一）主要问题' },
      ...problems(input),
      { type: 'subheading', text: '（二）改进建议' },
      ...suggestions(input).map((text, i): ReportBlock => ({ type: 'paragraph', text: `${i + 1}. ${text}` })),
    ],
  };
}

function written(text: string, writer: string): ReportBlock[] {
  if (text.trim()) return [{ type: 'paragraph', text }];
  return [{ type: 'paragraph', text: `（此部分文字说明待${writer}填写。）`, muted: true }];
}

function average(months: MonthSummary[]): number | null {
  const cells = months.reduce((n, m) => n + m.cells, 0);
  return cells ? months.reduce((sum, m) => sum + m.average * m.cells, 0) / cells : null;
}

function overviewFacts(input: YearlyReportInput): string {
  const { subject, year, months } = input;
  const mean = average(months);
  if (mean === null || !input.lastPeriod) return `${year}年${subject.name}暂无月度评分数据。`;
  const previous = average(input.previousYear);
  const compare =
    previous === null ? '' : `，较上年${mean >= previous ? '提高' : '下降'} ${fixed(Math.abs(mean - previous))} 分`;
  const last = monthLabel(input.lastPeriod);
  if (subject.kind === 'cell') {
    const row = input.latest[0];
    const high = months.reduce((a, b) => (b.average > a.average ? b : a));
    const low = months.reduce((a, b) => (b.average < a.average ? b : a));
    return (
      `${year}年，${subject.name}（${CELL_TYPE_LABELS[subject.cellType]}）共有 ${months.length} 个月参加“无废城市”月度评分，` +
      `平均得分 ${fixed(mean)} 分${compare}；全年最高 ${fixed(high.average)} 分（${monthLabel(high.period)}），` +
      `最低 ${fixed(low.average)} 分（${monthLabel(low.period)}）。` +
      (row ? `最近一期（${last}）得分 ${fixed(row.total)} 分，评定为“${GRADE_LABELS[row.grade]}”。` : '')
    );
  }
  const counts = gradeCounts(input.latest);
  const passing = counts.exemplary + counts.qualified;
  return (
    `${year}年，${subject.name}共有 ${input.latest.length} 个无废细胞参加月度评分，全年平均得分 ${fixed(mean)} 分${compare}。` +
    `截至${last}，评定为“示范”的 ${counts.exemplary} 个、“达标” ${counts.qualified} 个、“提升中” ${counts.improving} 个、` +
    `“未达标” ${counts.failing} 个，达标率 ${percent(passing, input.latest.length)}。`
  );
}

function figures(input: YearlyReportInput): { label: string; value: string; note?: string }[] {
  const mean = average(input.months);
  const previous = average(input.previousYear);
  const meanFigure = {
    label: '年度平均得分',
    value: mean === null ? '—' : `${fixed(mean)} 分`,
    note: previous === null ? '上年无评分' : `上年 ${fixed(previous)} 分`,
  };
  const total = input.activities.reduce((n, a) => n + a.count, 0);
  const people = input.activities.reduce((n, a) => n + a.attendance, 0);
  const activityFigure = { label: '全年开展活动', value: `${total} 次`, note: `参与 ${people} 人次` };
  if (input.subject.kind === 'cell') {
    const row = input.latest[0];
    return [
      { label: '参评月份', value: `${input.months.length} 个月`, note: `${input.year}年度` },
      meanFigure,
      {
        label: '最近一期得分',
        value: row ? `${fixed(row.total)} 分` : '—',
        note: row && input.lastPeriod ? `${monthLabel(input.lastPeriod)} · ${GRADE_LABELS[row.grade]}` : '暂无评分',
      },
      activityFigure,
    ];
  }
  const counts = gradeCounts(input.latest);
  return [
    {
      label: '参评无废细胞',
      value: `${input.latest.length} 个`,
      note: input.lastPeriod ? monthLabel(input.lastPeriod) : '暂无评分',
    },
    meanFigure,
    {
      label: '达标率',
      value: percent(counts.exemplary + counts.qualified, input.latest.length),
      note: `示范 ${counts.exemplary} 个 · 达标 ${counts.qualified} 个`,
    },
    activityFigure,
  ];
}

function trendChart(input: YearlyReportInput): ReportBlock {
  const byPeriod = new Map(input.months.map((m) => [m.period, m.average]));
  const isCell = input.subject.kind === 'cell';
  return {
    type: 'chart',
    title: `${input.year}年逐月${isCell ? '得分' : '平均得分'}`,
    unit: '分',
    bars: Array.from({ length: 12 }, (_, i) => {
      const value = byPeriod.get(`${input.year}-${String(i + 1).padStart(2, '0')}`) ?? null;
      return {
        label: `${i + 1}月`,
        value: value === null ? null : round1(value),
        color: GRADE_COLORS[gradeOf(value ?? 0)],
      };
    }),
    lines: GRADES.filter((g) => DEFAULT_GRADE_MINIMUMS[g] > 0).map((g) => ({
      value: DEFAULT_GRADE_MINIMUMS[g],
      label: `${GRADE_LABELS[g]} ${DEFAULT_GRADE_MINIMUMS[g]}`,
    })),
  };
}

function activityFacts(activities: ActivityKindSummary[]): string {
  const done = activities.filter((a) => a.count > 0);
  if (!done.length) return '全年未在平台登记活动。';
  const total = done.reduce((n, a) => n + a.count, 0);
  const people = done.reduce((n, a) => n + a.attendance, 0);
  const parts = ACTIVITY_KINDS.flatMap((kind) => {
    const hit = done.find((a) => a.kind === kind);
    return hit ? [`${ACTIVITY_KIND_LABELS[kind]} ${hit.count} 次`] : [];
  });
  return `全年共开展各类活动 ${total} 次，参与 ${people} 人次，其中${parts.join('、')}。`;
}

function activityTable(activities: ActivityKindSummary[]): ReportBlock {
  const byKind = new Map(activities.map((a) => [a.kind, a]));
  const rows = ACTIVITY_KINDS.map((kind) => {
    const a = byKind.get(kind);
    return [ACTIVITY_KIND_LABELS[kind], String(a?.count ?? 0), String(a?.attendance ?? 0)];
  });
  rows.push([
    '合计',
    String(activities.reduce((n, a) => n + a.count, 0)),
    String(activities.reduce((n, a) => n + a.attendance, 0)),
  ]);
  return {
    type: 'table',
    title: '表 1  全年活动开展情况',
    columns: [
      { title: '活动类型', width: 2 },
      { title: '次数', width: 1, align: 'right' },
      { title: '参与人次', width: 1, align: 'right' },
    ],
    rows,
  };
}

function recentActivities(input: YearlyReportInput): ReportBlock[] {
  return [
    { type: 'subheading', text: '（二）主要活动一览' },
    {
      type: 'table',
      columns: [
        { title: '日期', width: 1.3 },
        { title: '类型', width: 1.1 },
        { title: '活动名称', width: 3.2 },
        { title: '参与人数', width: 1, align: 'right' },
      ],
      rows: input.recentActivities.map((a) => [a.date, ACTIVITY_KIND_LABELS[a.kind], a.title, String(a.attendance)]),
      empty: '未登记活动',
    },
  ];
}

function cellIndicators(indicators: IndicatorScore[]): ReportBlock {
  return {
    type: 'table',
    title: '表 2  评价指标得分',
    columns: [
      { title: '指标', width: 2.6 },
      { title: '分值', width: 0.8, align: 'right' },
      { title: '实际', width: 1.2, align: 'right' },
      { title: '目标', width: 1.1, align: 'right' },
      { title: '得分', width: 0.9, align: 'right' },
    ],
    rows: indicators.map((i) => [
      i.name,
      String(i.weight),
      i.raw === null ? (i.source === 'manual' ? '未提交' : '—') : shown(i, i.raw),
      i.target === null || i.rule === 'deductions' ? '—' : shown(i, i.target),
      fixed(i.points),
    ]),
    empty: '本年度暂无评分',
  };
}

/** Each indicator's share of its points, over the cells scored in the month (by name: types share most). */
function indicatorRates(
  latest: ScoredCellRow[],
): { name: string; source: string; cells: number; rate: number; full: number }[] {
  const byName = new Map<string, { source: string; cells: number; points: number; weight: number; full: number }>();
  for (const row of latest) {
    for (const i of row.indicators) {
      const hit = byName.get(i.name) ?? { source: i.source, cells: 0, points: 0, weight: 0, full: 0 };
      hit.cells += 1;
      hit.points += i.points;
      hit.weight += i.weight;
      if (i.points >= i.weight) hit.full += 1;
      byName.set(i.name, hit);
    }
  }
  return [...byName.entries()]
    .map(([name, v]) => ({
      name,
      source: v.source,
      cells: v.cells,
      full: v.full,
      rate: v.weight ? v.points / v.weight : 0,
    }))
    .sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name));
}

function regionIndicators(latest: ScoredCellRow[]): ReportBlock {
  return {
    type: 'table',
    title: '表 2  评价指标平均得分率',
    columns: [
      { title: '指标', width: 3 },
      { title: '参评单元', width: 1, align: 'right' },
      { title: '平均得分率', width: 1.2, align: 'right' },
      { title: '满分单元', width: 1, align: 'right' },
    ],
    rows: indicatorRates(latest).map((r) => [r.name, String(r.cells), `${fixed(r.rate * 100)}%`, String(r.full)]),
    empty: '本年度暂无评分',
  };
}

function bestCells(best: CellAverage[]): ReportBlock[] {
  return [
    { type: 'subheading', text: '（三）表现突出的无废细胞' },
    averagesTable('表 3  全年平均得分前列的无废细胞', best),
  ];
}

function averagesTable(title: string, cells: CellAverage[]): ReportBlock {
  return {
    type: 'table',
    title,
    columns: [
      { title: '序号', width: 0.6, align: 'center' },
      { title: '单元名称', width: 2.6 },
      { title: '类型', width: 1.4 },
      { title: '平均得分', width: 1, align: 'right' },
      { title: '参评月数', width: 1, align: 'right' },
    ],
    rows: cells.map((c, i) => [
      String(i + 1),
      c.cellName,
      CELL_TYPE_LABELS[c.cellType],
      fixed(c.average),
      String(c.months),
    ]),
    empty: '暂无评分',
  };
}

function problems(input: YearlyReportInput): ReportBlock[] {
  if (!input.lastPeriod) return [{ type: 'paragraph', text: '本年度暂无评分数据，无法分析失分情况。' }];
  if (input.subject.kind === 'cell') {
    const lost = losing(input.latest[0]?.indicators ?? []).slice(0, 5);
    if (!lost.length) return [{ type: 'paragraph', text: `${monthLabel(input.lastPeriod)}各项指标均得满分。` }];
    return lost.map((i, n) => ({
      type: 'paragraph',
      text: `${n + 1}. ${toFixMessage(i) ?? i.name}（失分 ${fixed(i.weight - i.points)} 分）。`,
    }));
  }
  const weak = indicatorRates(input.latest)
    .filter((r) => r.rate < 1)
    .slice(-3)
    .reverse();
  const counts = gradeCounts(input.latest);
  const blocks: ReportBlock[] = weak.map((r, n) => ({
    type: 'paragraph',
    text: `${n + 1}. ${r.name}平均得分率 ${fixed(r.rate * 100)}%，${r.cells - r.full} 个单元未得满分。`,
  }));
  blocks.push({
    type: 'paragraph',
    text: `${weak.length + 1}. 截至${monthLabel(input.lastPeriod)}，仍有 ${counts.improving} 个单元处于“提升中”、${counts.failing} 个单元“未达标”，需重点帮扶。`,
  });
  blocks.push(averagesTable('表 4  全年平均得分靠后的无废细胞', input.worst));
  return blocks;
}

function suggestions(input: YearlyReportInput): string[] {
  const sources =
    input.subject.kind === 'cell'
      ? losing(input.latest[0]?.indicators ?? []).map((i) => i.source)
      : indicatorRates(input.latest)
          .filter((r) => r.rate < 0.9)
          .reverse()
          .map((r) => r.source);
  const picked = [...new Set(sources.map((s) => (s.startsWith('activities') ? 'activities' : s)))]
    .map((s) => SUGGESTIONS[s])
    .filter((s): s is string => Boolean(s));
  return picked.length ? picked.slice(0, 5) : [STEADY];
}

/** Indicators that lost points, the most lost first. */
function losing(indicators: IndicatorScore[]): IndicatorScore[] {
  return indicators.filter((i) => i.points < i.weight).sort((a, b) => b.weight - b.points - (a.weight - a.points));
}

function gradeCounts(rows: ScoredCellRow[]): Record<Grade, number> {
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const row of rows) counts[row.grade] += 1;
  return counts;
}

function gradeOf(total: number): Grade {
  return GRADES.find((g) => total >= DEFAULT_GRADE_MINIMUMS[g]) ?? 'failing';
}

/** A value as the indicator reads: yes/no for a yes/no rule, else with its unit. */
function shown(indicator: IndicatorScore, value: number): string {
  if (indicator.rule === 'yes_no' && indicator.unit === null) return value >= (indicator.target ?? 1) ? '是' : '否';
  if (indicator.rule === 'deductions') return Math.round(value) ? `${Math.round(value)} 项未达标` : '全部达标';
  return withUnit(value, indicator.unit);
}

function withUnit(value: number, unit: IndicatorScore['unit']): string {
  const shown = fixed(value).replace(/\.0$/, '');
  if (unit === 'percent') return `${shown}%`;
  return unit ? `${shown} ${MEASURE_UNIT_LABELS[unit]}` : shown;
}

function percent(part: number, whole: number): string {
  return whole ? `${fixed((part / whole) * 100)}%` : '—';
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function fixed(value: number): string {
  return round1(value).toFixed(1);
}

function monthLabel(period: string): string {
  const [year, month] = period.split('-');
  return `${year}年${Number(month)}月`;
}

function chineseDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}
