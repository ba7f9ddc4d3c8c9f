import { finish, newDocument, type PdfRenderResult, registerSibling, renderPdf } from '../../common/pdf/pdf-document';

// Runs in a worker thread (see PdfRenderPool): it imports nothing from the app or @zerowaste/shared, and
// takes and answers only plain values. The service decides what the report says, as blocks; this file only
// lays them out as a government work report is laid out (A4, 仿宋-like serif body, 黑体-like headings, a red
// rule under the title, page numbers as 「— 1 —」).

export type ReportBlock =
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string; muted?: boolean }
  | { type: 'figures'; items: { label: string; value: string; note?: string }[] }
  | { type: 'chart'; title: string; unit: string; bars: ChartBar[]; lines: { value: number; label: string }[] }
  | { type: 'table'; title?: string; columns: TableColumn[]; rows: string[][]; empty?: string };

export interface ChartBar {
  label: string;
  /** null: nothing scored that month. */
  value: number | null;
  color: string;
}

export interface TableColumn {
  title: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface YearlyReportTask {
  fontPath: string;
  /** The document title, e.g. 「幸福里小区2026年度"无废城市"建设工作自评估报告」. */
  title: string;
  /** The title as printed, one line each (who, then what), so that it never breaks mid-word. */
  titleLines: string[];
  /** Under the title: who files it and for which year. */
  subtitle: string;
  /** Bottom right of the last page, e.g. 「2026 年 12 月 3 日」. */
  dateLine: string;
  /** Small print at the foot of the first page: where the numbers come from. */
  sourceNote: string;
  blocks: ReportBlock[];
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 72, right: 72, top: 72, bottom: 78 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const INK = '#1a1a1a';
const MUTED = '#6b6b6b';
const RULE_RED = '#c8161d';
const GRID = '#404040';
const HEADER_FILL = '#eeeeee';
const BODY_SIZE = 12;
const BODY_GAP = 7;

/** The pool's one entry point. */
export function render(task: YearlyReportTask): Promise<PdfRenderResult> {
  return renderPdf(() => yearlyReport(task));
}

async function yearlyReport(task: YearlyReportTask): Promise<Buffer> {
  const doc = newDocument(task.fontPath, task.title, { bufferPages: true });
  registerSibling(doc, 'serif', task.fontPath, { serif: true, bold: false });
  registerSibling(doc, 'serif-bold', task.fontPath, { serif: true, bold: true });
  registerSibling(doc, 'sans-bold', task.fontPath, { serif: false, bold: true });
  const layout = new Layout(doc);
  layout.newPage();
  drawTitle(layout, task);
  for (const block of task.blocks) drawBlock(layout, block);
  drawDateLine(layout, task.dateLine);
  drawFootnote(doc, task.sourceNote);
  drawPageNumbers(doc);
  return finish(doc);
}

/** Where the next block goes, and a new page when it would not fit. */
class Layout {
  y = MARGIN.top;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  newPage(): void {
    this.doc.addPage({ size: 'A4', margins: { top: MARGIN.top, bottom: 0, left: MARGIN.left, right: MARGIN.right } });
    this.y = MARGIN.top;
  }

  /** Makes room for `height` points, starting a page when the rest of this one is too short. */
  need(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }
}

function drawTitle(layout: Layout, task: YearlyReportTask): void {
  const { doc } = layout;
  doc.font('serif-bold').fontSize(21).fillColor(INK);
  layout.y += 18;
  for (const line of task.titleLines) {
    const options = { width: TEXT_WIDTH, align: 'center' as const };
    doc.text(line, MARGIN.left, layout.y, options);
    layout.y += doc.heightOfString(line, options) + 6;
  }
  layout.y += 6;
  doc.font('serif').fontSize(12).fillColor(MUTED);
  doc.text(task.subtitle, MARGIN.left, layout.y, { width: TEXT_WIDTH, align: 'center' });
  layout.y += 24;
  // The red rule of a government document's head.
  doc
    .save()
    .lineWidth(2)
    .strokeColor(RULE_RED)
    .moveTo(MARGIN.left, layout.y)
    .lineTo(PAGE.width - MARGIN.right, layout.y)
    .stroke();
  doc
    .lineWidth(0.6)
    .moveTo(MARGIN.left, layout.y + 4)
    .lineTo(PAGE.width - MARGIN.right, layout.y + 4)
    .stroke()
    .restore();
  layout.y += 22;
}

function drawBlock(layout: Layout, block: ReportBlock): void {
  switch (block.type) {
    case 'heading':
      drawHeading(layout, block.text, 'sans-bold', 15, 14);
      return;
    case 'subheading':
      drawHeading(layout, block.text, 'serif-bold', 12.5, 6);
      return;
    case 'paragraph':
      drawParagraph(layout, block.text, block.muted ?? false);
      return;
    case 'figures':
      drawFigures(layout, block.items);
      return;
    case 'chart':
      drawChart(layout, block);
      return;
    case 'table':
      drawTable(layout, block);
      return;
    default: {
      const unknown: never = block;
      throw new Error(`Unknown report block ${JSON.stringify(unknown)}`);
    }
  }
}

function drawHeading(layout: Layout, text: string, font: string, size: number, before: number): void {
  const { doc } = layout;
  // A heading never ends a page: keep room for two lines of what follows.
  layout.need(before + size + 8 + 2 * (BODY_SIZE + BODY_GAP));
  layout.y += before;
  doc.font(font).fontSize(size).fillColor(INK).text(text, MARGIN.left, layout.y, { width: TEXT_WIDTH });
  layout.y += size + 10;
}

function drawParagraph(layout: Layout, text: string, muted: boolean): void {
  const { doc } = layout;
  for (const line of text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    doc
      .font('serif')
      .fontSize(BODY_SIZE)
      .fillColor(muted ? MUTED : INK);
    const options = { width: TEXT_WIDTH, lineGap: BODY_GAP, indent: 2 * BODY_SIZE, align: 'justify' as const };
    // Long paragraphs flow on to the next page line by line.
    let rest = line;
    while (rest) {
      layout.need(BODY_SIZE + BODY_GAP);
      const fits = fittingPrefix(doc, rest, options, BOTTOM - layout.y, rest === line);
      doc.text(fits, MARGIN.left, layout.y, { ...options, indent: rest === line ? options.indent : 0 });
      layout.y += doc.heightOfString(fits, { ...options, indent: rest === line ? options.indent : 0 }) + 4;
      rest = rest.slice(fits.length);
      if (rest) layout.newPage();
    }
    layout.y += 2;
  }
}

/** The longest start of `text` that fits in `height` (at least one character). */
function fittingPrefix(
  doc: PDFKit.PDFDocument,
  text: string,
  options: PDFKit.Mixins.TextOptions,
  height: number,
  first: boolean,
): string {
  const opts = { ...options, indent: first ? options.indent : 0 };
  if (doc.heightOfString(text, opts) <= height) return text;
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.heightOfString(text.slice(0, mid), opts) <= height) lo = mid;
    else hi = mid - 1;
  }
  // A line never starts with a closing mark (避头点): the character before it moves down with it.
  while (lo > 1 && CLOSING_MARKS.includes(text[lo])) lo -= 1;
  return text.slice(0, lo);
}

const CLOSING_MARKS = '，。、；：？！）》」』”’%';

function drawFigures(layout: Layout, items: { label: string; value: string; note?: string }[]): void {
  const { doc } = layout;
  const height = 62;
  layout.need(height + 12);
  const gap = 10;
  const width = (TEXT_WIDTH - gap * (items.length - 1)) / items.length;
  items.forEach((item, i) => {
    const x = MARGIN.left + i * (width + gap);
    doc.save().lineWidth(0.6).strokeColor('#b5b5b5').rect(x, layout.y, width, height).stroke().restore();
    doc.save().rect(x, layout.y, 3, height).fill(RULE_RED).restore();
    doc
      .font('serif')
      .fontSize(9.5)
      .fillColor(MUTED)
      .text(item.label, x + 10, layout.y + 8, { width: width - 14, lineBreak: false });
    doc
      .font('sans-bold')
      .fontSize(17)
      .fillColor(INK)
      .text(item.value, x + 10, layout.y + 23, { width: width - 14, lineBreak: false });
    if (item.note) {
      doc
        .font('serif')
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(item.note, x + 10, layout.y + 45, { width: width - 14, lineBreak: false, ellipsis: true });
    }
  });
  layout.y += height + 14;
}

function drawChart(layout: Layout, chart: Extract<ReportBlock, { type: 'chart' }>): void {
  const { doc } = layout;
  const height = 190;
  layout.need(height + 30);
  doc
    .font('serif-bold')
    .fontSize(10.5)
    .fillColor(INK)
    .text(chart.title, MARGIN.left, layout.y, { width: TEXT_WIDTH, align: 'center' });
  const top = layout.y + 22;
  const left = MARGIN.left + 30;
  // Room on the right for the grade lines' names.
  const gutter = 52;
  const plotWidth = TEXT_WIDTH - 30 - gutter;
  const plotHeight = height - 50;
  const bottom = top + plotHeight;
  const scale = (value: number) => bottom - (Math.max(0, Math.min(100, value)) / 100) * plotHeight;
  // The value axis, 0–100, with a light grid.
  doc.save().lineWidth(0.4).strokeColor('#d0d0d0');
  for (let v = 0; v <= 100; v += 20) {
    doc
      .moveTo(left, scale(v))
      .lineTo(left + plotWidth, scale(v))
      .stroke();
    doc
      .font('serif')
      .fontSize(8)
      .fillColor(MUTED)
      .text(String(v), MARGIN.left, scale(v) - 4, { width: 24, align: 'right', lineBreak: false });
  }
  doc.restore();
  const slot = plotWidth / Math.max(1, chart.bars.length);
  chart.bars.forEach((bar, i) => {
    const x = left + i * slot;
    if (bar.value !== null) {
      const barWidth = Math.min(22, slot * 0.55);
      const bx = x + (slot - barWidth) / 2;
      doc
        .save()
        .rect(bx, scale(bar.value), barWidth, bottom - scale(bar.value))
        .fill(bar.color)
        .restore();
      doc
        .font('serif')
        .fontSize(7.5)
        .fillColor(INK)
        .text(bar.value.toFixed(1), x, scale(bar.value) - 11, { width: slot, align: 'center', lineBreak: false });
    } else {
      doc
        .font('serif')
        .fontSize(7.5)
        .fillColor(MUTED)
        .text('—', x, bottom - 11, { width: slot, align: 'center', lineBreak: false });
    }
    doc
      .font('serif')
      .fontSize(8)
      .fillColor(MUTED)
      .text(bar.label, x, bottom + 4, { width: slot, align: 'center', lineBreak: false });
  });
  // The grade lines, dashed, named at the right.
  for (const line of chart.lines) {
    const y = scale(line.value);
    doc
      .save()
      .lineWidth(0.7)
      .strokeColor(RULE_RED)
      .dash(3, { space: 2 })
      .moveTo(left, y)
      .lineTo(left + plotWidth, y)
      .stroke()
      .undash()
      .restore();
    doc
      .font('serif')
      .fontSize(7.5)
      .fillColor(RULE_RED)
      .text(line.label, left + plotWidth + 4, y - 4, { width: gutter - 4, lineBreak: false });
  }
  doc
    .save()
    .lineWidth(0.8)
    .strokeColor(GRID)
    .moveTo(left, bottom)
    .lineTo(left + plotWidth, bottom)
    .stroke()
    .restore();
  doc
    .font('serif')
    .fontSize(8)
    .fillColor(MUTED)
    .text(chart.unit, MARGIN.left, top - 14, { width: 60, lineBreak: false });
  layout.y = bottom + 26;
}

function drawTable(layout: Layout, table: Extract<ReportBlock, { type: 'table' }>): void {
  const { doc } = layout;
  const size = 10;
  const pad = 5;
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => (c.width / total) * TEXT_WIDTH);
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return (
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad
    );
  };
  const drawRow = (cells: string[], font: string, fill: string | null) => {
    const h = rowHeight(cells, font);
    let x = MARGIN.left;
    cells.forEach((cell, i) => {
      if (fill) doc.save().rect(x, layout.y, widths[i], h).fill(fill).restore();
      doc.save().lineWidth(0.5).strokeColor(GRID).rect(x, layout.y, widths[i], h).stroke().restore();
      doc
        .font(font)
        .fontSize(size)
        .fillColor(INK)
        .text(cell, x + pad, layout.y + pad, {
          width: widths[i] - 2 * pad,
          align: fill ? 'center' : (table.columns[i].align ?? 'left'),
        });
      x += widths[i];
    });
    layout.y += h;
  };
  const header = table.columns.map((c) => c.title);
  if (table.title) {
    layout.need(size + 14 + rowHeight(header, 'serif-bold') + (table.rows[0] ? rowHeight(table.rows[0], 'serif') : 20));
    doc
      .font('serif-bold')
      .fontSize(10.5)
      .fillColor(INK)
      .text(table.title, MARGIN.left, layout.y, { width: TEXT_WIDTH, align: 'center' });
    layout.y += size + 10;
  }
  layout.need(rowHeight(header, 'serif-bold') + 20);
  drawRow(header, 'serif-bold', HEADER_FILL);
  if (!table.rows.length) {
    drawRow([table.empty ?? '无'].concat(Array(header.length - 1).fill('')), 'serif', null);
  }
  for (const row of table.rows) {
    // A row that does not fit starts a page, and the header comes again above it.
    if (layout.y + rowHeight(row, 'serif') > BOTTOM) {
      layout.newPage();
      drawRow(header, 'serif-bold', HEADER_FILL);
    }
    drawRow(row, 'serif', null);
  }
  layout.y += 14;
}

function drawDateLine(layout: Layout, dateLine: string): void {
  layout.need(60);
  layout.y += 24;
  layout.doc
    .font('serif')
    .fontSize(BODY_SIZE)
    .fillColor(INK)
    .text(dateLine, MARGIN.left, layout.y, { width: TEXT_WIDTH - 24, align: 'right' });
}

function drawFootnote(doc: PDFKit.PDFDocument, note: string): void {
  doc.switchToPage(doc.bufferedPageRange().start);
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor('#9a9a9a')
    .moveTo(MARGIN.left, BOTTOM + 8)
    .lineTo(MARGIN.left + 120, BOTTOM + 8)
    .stroke()
    .restore();
  doc
    .font('serif')
    .fontSize(8)
    .fillColor(MUTED)
    .text(note, MARGIN.left, BOTTOM + 12, { width: TEXT_WIDTH, lineBreak: true, height: 24 });
}

/** 「— 1 —」 at the foot of every page, as government documents number them. */
function drawPageNumbers(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc
      .font('serif')
      .fontSize(10.5)
      .fillColor(INK)
      .text(`— ${i + 1} —`, MARGIN.left, PAGE.height - 50, {
        width: TEXT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
  }
}
