import { Injectable } from '@nestjs/common';
import {
  CELL_TYPE_LABELS,
  GRADE_LABELS,
  type IndicatorRule,
  type IndicatorScore,
  MEASURE_UNIT_LABELS,
} from '@zerowaste/shared';
import ExcelJS from 'exceljs';
import type { Caller } from '../../common/auth/caller';
import { type ScoredCellRow, ScoreReader, type ScoreScope } from '../scoring/score-reader';
import type { ScoresExportQueryDto } from './dto/scores-export.dto';

const RULE_LABELS: Record<IndicatorRule, string> = {
  ratio: '按比例',
  thresholds: '达标线扣分',
  deductions: '按项扣分',
  yes_no: '是否达标',
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0E8' } };

interface Column {
  header: string;
  width: number;
  format?: string;
}

/** `GET /api/scores/export.xlsx`: a month's ranking and every indicator of every cell, in the caller's scope. */
@Injectable()
export class ScoresExportService {
  constructor(private readonly scores: ScoreReader) {}

  async workbook(caller: Caller, query: ScoresExportQueryDto): Promise<{ xlsx: Buffer; filename: string }> {
    // An admin exports every cell; a manager only the cells they manage.
    const scope: ScoreScope = caller.isAdmin ? { all: true } : { cellIds: caller.scopeIds('cell_manager') };
    const rows = await this.scores.period(scope, query.period, query);
    const book = new ExcelJS.Workbook();
    book.creator = '无废城市';
    book.created = new Date();
    const filters = describe(query);
    ranking(book, query.period, filters, rows);
    breakdown(book, query.period, filters, rows);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    return { xlsx, filename: `scores-${query.period}.xlsx` };
  }
}

function describe(query: ScoresExportQueryDto): string {
  const parts = [
    query.regionCode ? `区划 ${query.regionCode}` : '',
    query.type ? `类型 ${CELL_TYPE_LABELS[query.type]}` : '',
    query.grade ? `等级 ${GRADE_LABELS[query.grade]}` : '',
  ].filter(Boolean);
  return parts.length ? `筛选：${parts.join('，')}` : '筛选：全部';
}

/** A sheet with a title line, a filter line, then a frozen, filterable header row. */
function sheet(
  book: ExcelJS.Workbook,
  name: string,
  title: string,
  filters: string,
  columns: Column[],
): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.columns = columns.map((c) => ({ width: c.width, style: c.format ? { numFmt: c.format } : {} }));
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, columns.length);
  ws.addRow([filters]).font = { color: { argb: 'FF666666' } };
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: columns.length } };
  return ws;
}

/** The columns both sheets start with: which cell, where it ranks. */
const CELL_COLUMNS: Column[] = [
  { header: '排名', width: 7 },
  { header: '单元编号', width: 10 },
  { header: '单元名称', width: 26 },
  { header: '类型', width: 14 },
];

function cellValues(r: ScoredCellRow): (string | number)[] {
  return [r.rank, r.cellId, r.cellName, CELL_TYPE_LABELS[r.cellType]];
}

function ranking(book: ExcelJS.Workbook, period: string, filters: string, rows: ScoredCellRow[]): void {
  const ws = sheet(book, '排名', `${period} 无废细胞评分排名`, filters, [
    ...CELL_COLUMNS,
    { header: '所属区划', width: 16 },
    { header: '区划代码', width: 14 },
    { header: '得分', width: 9, format: '0.00' },
    { header: '等级', width: 9 },
    { header: '评分细则版本', width: 13 },
  ]);
  for (const r of rows) {
    ws.addRow([...cellValues(r), r.regionName, r.regionCode, r.total, GRADE_LABELS[r.grade], r.rubricVersion]);
  }
}

function breakdown(book: ExcelJS.Workbook, period: string, filters: string, rows: ScoredCellRow[]): void {
  const ws = sheet(book, '指标明细', `${period} 各指标得分明细`, filters, [
    ...CELL_COLUMNS,
    { header: '指标', width: 24 },
    { header: '指标代码', width: 22 },
    { header: '数据来源', width: 24 },
    { header: '评分方式', width: 12 },
    { header: '分值', width: 8 },
    { header: '实际值', width: 10, format: '0.##' },
    { header: '单位', width: 9 },
    { header: '目标', width: 9, format: '0.##' },
    { header: '得分', width: 9, format: '0.00' },
    { header: '失分', width: 9, format: '0.00' },
  ]);
  for (const r of rows) {
    for (const i of r.indicators) ws.addRow(indicatorRow(r, i));
  }
}

function indicatorRow(r: ScoredCellRow, i: IndicatorScore): (string | number | null)[] {
  return [
    ...cellValues(r),
    i.name,
    i.key,
    i.source === 'manual' ? '手工填报（佐证材料）' : i.source,
    RULE_LABELS[i.rule],
    i.weight,
    i.raw,
    i.unit ? MEASURE_UNIT_LABELS[i.unit] : '',
    i.target,
    i.points,
    Math.round((i.weight - i.points) * 100) / 100,
  ];
}
