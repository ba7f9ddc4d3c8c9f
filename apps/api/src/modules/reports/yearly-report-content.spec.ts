import type { IndicatorScore } from '@zerowaste/shared';
import type { ScoredCellRow } from '../scoring/score-reader';
import type { ReportBlock } from './report-render.worker';
import { type YearlyReportInput, yearlyReport } from './yearly-report-content';

const indicator = (over: Partial<IndicatorScore>): IndicatorScore => ({
  key: 'participation',
  name: '参与率',
  weight: 20,
  source: 'participation_rate',
  rule: 'ratio',
  raw: 72,
  unit: 'percent',
  target: 80,
  points: 18,
  ...over,
});

const row = (cellId: number, total: number, indicators: IndicatorScore[]): ScoredCellRow => ({
  cellId,
  cellName: `单元${cellId}`,
  cellType: 'community',
  regionCode: '130502001',
  regionName: '西大街街道',
  period: '2026-11',
  rubricVersion: 1,
  total,
  grade: total >= 90 ? 'exemplary' : total >= 75 ? 'qualified' : total >= 60 ? 'improving' : 'failing',
  indicators,
  lat: null,
  lng: null,
  rank: 1,
});

const base: YearlyReportInput = {
  year: 2025,
  subject: { kind: 'cell', name: '幸福里小区', cellType: 'community', regionPath: '邢台市襄都区', households: 100 },
  months: [
    { period: '2025-10', cells: 1, average: 70, passing: 0, exemplary: 0 },
    { period: '2025-11', cells: 1, average: 80, passing: 1, exemplary: 0 },
  ],
  previousYear: [{ period: '2024-12', cells: 1, average: 60, passing: 0, exemplary: 0 }],
  lastPeriod: '2025-11',
  latest: [
    row(1, 80, [
      indicator({}),
      indicator({
        key: 'publicity',
        name: '宣传发动',
        source: 'manual',
        rule: 'deductions',
        raw: 2,
        unit: null,
        target: null,
        weight: 10,
        points: 2,
      }),
    ]),
  ],
  activities: [{ kind: 'door_to_door', count: 3, attendance: 60 }],
  recentActivities: [],
  best: [],
  worst: [],
  texts: { overview: '', practices: '每周桶边督导。', problems: '' },
  today: '2025-12-20',
};

const texts = (blocks: ReportBlock[]) => blocks.flatMap((b) => ('text' in b ? [b.text] : []));

describe('yearlyReport (what the yearly report says)', () => {
  it('has the three sections in order, with the person’s text where written and a note where not', () => {
    const report = yearlyReport(base);
    const headings = report.blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['一、总体情况', '二、主要做法和成效', '三、存在的问题及建议']);
    expect(report.title).toBe('幸福里小区2025年度“无废城市”建设工作自评估报告');
    expect(report.titleLines).toEqual(['幸福里小区', '2025年度“无废城市”建设工作自评估报告']);
    const all = texts(report.blocks);
    expect(all).toContain('每周桶边督导。');
    expect(all.filter((t) => t === '（此部分文字说明待单元管理员填写。）')).toHaveLength(2);
  });

  it('works out the year’s figures: the mean against last year, the best and worst months, the latest grade', () => {
    const [, , facts] = yearlyReport(base).blocks as { text: string }[];
    expect(facts.text).toBe(
      '2025年，幸福里小区（无废小区）共有 2 个月参加“无废城市”月度评分，平均得分 75.0 分，较上年提高 15.0 分；' +
        '全年最高 80.0 分（2025年11月），最低 70.0 分（2025年10月）。最近一期（2025年11月）得分 80.0 分，评定为“达标”。',
    );
  });

  it('lists what lost the most points first, and suggests what to do about each', () => {
    const all = texts(yearlyReport(base).blocks);
    const start = all.indexOf('（一）主要问题');
    expect(all.slice(start + 1, start + 3)).toEqual([
      '1. 宣传发动：2 项检查未通过（失分 8.0 分）。',
      '2. 参与率 72%，目标 80%，差 8 个百分点（失分 2.0 分）。',
    ]);
    expect(all.slice(-2)).toEqual([
      '1. 对照评分细则完善工作台账和佐证材料，按月提交审核。',
      '2. 加强入户宣传和桶边督导，动员更多家庭参与分类投放，使参与率稳定在目标以上。',
    ]);
  });

  it('for a region, rates each indicator over its cells and names the weakest', () => {
    const report = yearlyReport({
      ...base,
      subject: { kind: 'region', name: '襄都区', regionPath: '邢台市襄都区' },
      latest: [
        row(1, 95, [
          indicator({ points: 20 }),
          indicator({ key: 'acc', name: '准确率', source: 'sorting_accuracy', points: 10 }),
        ]),
        row(2, 60, [
          indicator({ points: 10 }),
          indicator({ key: 'acc', name: '准确率', source: 'sorting_accuracy', points: 4 }),
        ]),
      ],
    });
    const table = report.blocks.find((b) => b.type === 'table' && b.title === '表 2  评价指标平均得分率') as {
      rows: string[][];
    };
    expect(table.rows).toEqual([
      ['参与率', '2', '75.0%', '1'],
      ['准确率', '2', '35.0%', '0'],
    ]);
    const all = texts(report.blocks);
    expect(all).toContain('1. 准确率平均得分率 35.0%，2 个单元未得满分。');
    expect(all).toContain('3. 截至2025年11月，仍有 1 个单元处于“提升中”、0 个单元“未达标”，需重点帮扶。');
  });

  it('says so when the year has no scores', () => {
    const all = texts(yearlyReport({ ...base, months: [], previousYear: [], lastPeriod: null, latest: [] }).blocks);
    expect(all).toContain('2025年幸福里小区暂无月度评分数据。');
    expect(all).toContain('本年度暂无评分数据，无法分析失分情况。');
  });
});
