import QRCode from 'qrcode';
import { finish, newDocument, type PdfRenderResult, renderPdf } from '../../common/pdf/pdf-document';

// Runs in a worker thread (see LabelPrinter): it imports nothing from the app or @zerowaste/shared, and
// takes and answers only plain values, so that it loads the same from dist and from the sources.

/** A waste category as a label prints it: its name and its GB/T 19095 colour. */
export interface LabelCategory {
  label: string;
  color: string;
}

/** One bin's label: a bin has one category, a four-bin station all four. */
export interface BinLabelTask {
  name: string;
  code: string;
  qr: string;
  categories: LabelCategory[];
}

export interface BinLabelsTask {
  kind: 'binLabels';
  fontPath: string;
  cellName: string;
  labels: BinLabelTask[];
}

export interface HouseholdCardTask {
  kind: 'householdCard';
  fontPath: string;
  holderName: string;
  cellName: string;
  code: string;
  qr: string;
  /** The colour of the card's title band. */
  bandColor: string;
}

export type RenderTask = BinLabelsTask | HouseholdCardTask;

// A4 in points, 2 × 4 labels; the top margin carries the sheet's title.
const PAGE = { width: 595.28, height: 841.89 };
const SHEET = { left: 28, right: 28, top: 44, bottom: 36, columns: 2, rows: 4, padding: 10 };
const LABELS_PER_PAGE = SHEET.columns * SHEET.rows;
const BAR_HEIGHT = 30;
const CUT_GREY = '#9a9a9a';
const INK = '#1f1f1f';
const MUTED = '#666666';

/** The pool's one entry point: draws the PDF a task asks for. */
export function render(task: RenderTask): Promise<PdfRenderResult> {
  return renderPdf(() => draw(task));
}

function draw(task: RenderTask): Promise<Buffer> {
  switch (task.kind) {
    case 'binLabels':
      return binLabels(task);
    case 'householdCard':
      return householdCard(task);
    default: {
      const unknown: never = task;
      throw new Error(`Unknown render task ${JSON.stringify(unknown)}`);
    }
  }
}

/** One label per bin, eight to an A4 page, with dashed cut lines between them. */
async function binLabels({ fontPath, cellName, labels }: BinLabelsTask): Promise<Buffer> {
  const qrs = await Promise.all(labels.map((b) => qrPng(b.qr)));
  const doc = newDocument(fontPath, `${cellName} 分类投放二维码标签`);
  const pages = Math.max(1, Math.ceil(labels.length / LABELS_PER_PAGE));
  const width = (PAGE.width - SHEET.left - SHEET.right) / SHEET.columns;
  const height = (PAGE.height - SHEET.top - SHEET.bottom) / SHEET.rows;
  for (let page = 0; page < pages; page++) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc
      .font('cjk')
      .fontSize(11)
      .fillColor(INK)
      .text(`${cellName} · 分类投放二维码标签`, SHEET.left, 18, { lineBreak: false });
    doc
      .fontSize(8)
      .fillColor(MUTED)
      .text(`第 ${page + 1}/${pages} 页 · 沿虚线裁剪后贴于对应垃圾桶`, SHEET.left, 20, {
        width: PAGE.width - SHEET.left - SHEET.right,
        align: 'right',
        lineBreak: false,
      });
    const onPage = labels.slice(page * LABELS_PER_PAGE, (page + 1) * LABELS_PER_PAGE);
    if (!onPage.length) {
      doc.fontSize(14).fillColor(MUTED).text('本单元暂无在用的垃圾桶或投放站', SHEET.left, 120, { lineBreak: false });
    }
    onPage.forEach((bin, i) => {
      const x = SHEET.left + (i % SHEET.columns) * width;
      const y = SHEET.top + Math.floor(i / SHEET.columns) * height;
      drawBinLabel(doc, bin, qrs[page * LABELS_PER_PAGE + i], cellName, x, y, width, height);
    });
    drawCutGrid(doc, width, height);
  }
  return finish(doc);
}

/** A card about twice the size of a bank card, easy for older eyes, with a dashed cut line around it. */
async function householdCard(card: HouseholdCardTask): Promise<Buffer> {
  const qr = await qrPng(card.qr);
  const doc = newDocument(card.fontPath, `无废城市分类积分卡 ${card.code}`);
  doc.addPage({ size: 'A4', margin: 0 });
  const w = 510;
  const h = 321;
  const x = (PAGE.width - w) / 2;
  const y = 60;
  doc.roundedRect(x, y, w, h, 12).lineWidth(0.8).strokeColor(CUT_GREY).dash(5, { space: 4 }).stroke().undash();
  doc.save().roundedRect(x, y, w, 56, 12).clip().rect(x, y, w, 56).fill(card.bandColor).restore();
  doc
    .font('cjk')
    .fontSize(24)
    .fillColor('#ffffff')
    .text('无废城市 · 分类积分卡', x, y + 12, { width: w, align: 'center', lineBreak: false });
  const qrSize = 210;
  doc.image(qr, x + 24, y + 78, { width: qrSize, height: qrSize });
  const tx = x + 24 + qrSize + 24;
  const tw = w - (tx - x) - 24;
  drawCaptioned(doc, tx, y + 82, tw, {
    caption: '持卡人',
    value: card.holderName,
    size: 24,
    gap: 18,
    height: 96,
    ellipsis: true,
  });
  drawCaptioned(doc, tx, y + 200, tw, {
    caption: '所属单元',
    value: card.cellName,
    size: 15,
    gap: 16,
    height: 22,
    ellipsis: true,
  });
  drawCaptioned(doc, tx, y + 246, tw, {
    caption: '卡号',
    value: card.code,
    size: 18,
    gap: 16,
    characterSpacing: 2,
    lineBreak: false,
  });
  doc
    .fillColor(MUTED)
    .fontSize(10)
    .text('投放时请出示本卡，由督导员或回收员扫码记分', x, y + h - 22, {
      width: w,
      align: 'center',
      lineBreak: false,
    });
  doc.fontSize(9).text('沿虚线剪下，建议塑封后使用；卡片遗失请联系社区/村管理员补办，旧卡随即失效。', x, y + h + 14, {
    width: w,
    align: 'center',
    lineBreak: false,
  });
  return finish(doc);
}

function qrPng(text: string): Promise<Buffer> {
  // Level M survives a scuffed or wet label; no quiet zone here, the label's white space gives it one.
  return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 0, width: 480 });
}

function drawBinLabel(
  doc: PDFKit.PDFDocument,
  bin: BinLabelTask,
  qr: Buffer,
  cellName: string,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const p = SHEET.padding;
  const inner = width - 2 * p;
  const single = bin.categories.length === 1 ? bin.categories[0] : null;
  // The bar in the bin's GB/T 19095 colour; a station carries all four.
  const segment = inner / bin.categories.length;
  bin.categories.forEach((category, i) => {
    doc.rect(x + p + i * segment, y + p, segment, BAR_HEIGHT).fill(category.color);
    doc
      .fillColor('#ffffff')
      .fontSize(single ? 16 : 10.5)
      .text(category.label, x + p + i * segment, y + p + (single ? 5 : 8), {
        width: segment,
        align: 'center',
        lineBreak: false,
      });
  });
  const top = y + p + BAR_HEIGHT + 8;
  const qrSize = height - 2 * p - BAR_HEIGHT - 8;
  doc.image(qr, x + p, top, { width: qrSize, height: qrSize });
  const tx = x + p + qrSize + 10;
  const tw = width - p - (tx - x);
  doc.fillColor(INK).fontSize(12.5).text(bin.name, tx, top, { width: tw, height: 52, ellipsis: true });
  drawCaptioned(doc, tx, top + 56, tw, {
    caption: '编号',
    captionSize: 8,
    value: bin.code,
    size: 14,
    gap: 11,
    characterSpacing: 1,
    lineBreak: false,
  });
  doc
    .fillColor(single ? single.color : INK)
    .fontSize(10)
    .text(single ? single.label : '四分类投放站', tx, top + 88, {
      width: tw,
      lineBreak: false,
    });
  doc
    .fillColor(MUTED)
    .fontSize(8)
    .text(cellName, tx, top + 104, { width: tw, height: 11, ellipsis: true });
  doc.text('微信扫码投放 赚积分', tx, qrSize + top - 10, { width: tw, lineBreak: false });
}

/** A value in ink with a small grey caption above it; the rest of `field` are the value's text options. */
function drawCaptioned(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  width: number,
  field: {
    caption: string;
    captionSize?: number;
    value: string;
    size: number;
    gap: number;
  } & PDFKit.Mixins.TextOptions,
): void {
  const { caption, captionSize = 11, value, size, gap, ...options } = field;
  doc.fillColor(MUTED).fontSize(captionSize).text(caption, x, y, { width, lineBreak: false });
  doc
    .fillColor(INK)
    .fontSize(size)
    .text(value, x, y + gap, { width, ...options });
}

function drawCutGrid(doc: PDFKit.PDFDocument, width: number, height: number): void {
  doc.save().lineWidth(0.5).strokeColor(CUT_GREY).dash(4, { space: 3 });
  for (let c = 0; c <= SHEET.columns; c++) {
    const x = SHEET.left + c * width;
    doc
      .moveTo(x, SHEET.top - 8)
      .lineTo(x, PAGE.height - SHEET.bottom + 8)
      .stroke();
  }
  for (let r = 0; r <= SHEET.rows; r++) {
    const y = SHEET.top + r * height;
    doc
      .moveTo(SHEET.left - 8, y)
      .lineTo(PAGE.width - SHEET.right + 8, y)
      .stroke();
  }
  doc.undash().restore();
}
