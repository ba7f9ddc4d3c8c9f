import { existsSync, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

// Loaded in worker threads (see PdfRenderPool): it imports nothing from the app or @zerowaste/shared, so
// that it loads the same from dist and from the sources.

/** The PDF, or why the font could not be used (an error's class does not survive the thread boundary). */
export type PdfRenderResult = { pdf: Uint8Array } | { fontError: string };

class FontError extends Error {}

// Read once per thread: the Noto CJK collection is ~20 MB, and reading it for every document would dominate.
const fonts = new Map<string, Buffer>();

/** A worker's entry point around its drawing: a font that cannot be used is answered, not thrown. */
export async function renderPdf(draw: () => Promise<Buffer>): Promise<PdfRenderResult> {
  try {
    return { pdf: await draw() };
  } catch (error) {
    if (error instanceof FontError) return { fontError: error.message };
    throw error;
  }
}

/**
 * A document with the CJK font registered as `cjk`. `bufferPages`: keep every page open until the end,
 * to draw page numbers ("— 1 —") once the count is known.
 */
export function newDocument(fontPath: string, title: string, { bufferPages = false } = {}): PDFKit.PDFDocument {
  const doc = new PDFDocument({ autoFirstPage: false, bufferPages, info: { Title: title, Author: '无废城市' } });
  registerFace(doc, 'cjk', fontPath);
  return doc;
}

/**
 * Registers a sibling face of the CJK font (e.g. `NotoSerifCJK-Bold.ttc` beside `NotoSansCJK-Regular.ttc`,
 * as Debian's fonts-noto-cjk installs them) as `name`, or the font itself when that face is not there.
 */
export function registerSibling(
  doc: PDFKit.PDFDocument,
  name: string,
  fontPath: string,
  face: { serif: boolean; bold: boolean },
): void {
  const sibling = fontPath
    .replace(/Sans(CJK)/, face.serif ? 'Serif$1' : 'Sans$1')
    .replace(/Regular(\.\w+)$/, face.bold ? 'Bold$1' : 'Regular$1');
  registerFace(doc, name, existsSync(sibling) ? sibling : fontPath);
}

export function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function registerFace(doc: PDFKit.PDFDocument, name: string, path: string): void {
  try {
    // A collection (.ttc) holds several fonts: name the simplified-Chinese one (NotoSerifCJK-Bold.ttc → NotoSerifCJKsc-Bold).
    const family = path.match(/(Noto\w+CJK)-(\w+)\.(ttc|otc)$/i);
    doc.registerFont(name, loadFont(path), family ? `${family[1]}sc-${family[2]}` : undefined);
  } catch (error) {
    throw new FontError((error as Error).message);
  }
}

function loadFont(path: string): Buffer {
  let data = fonts.get(path);
  if (!data) {
    try {
      data = readFileSync(path);
    } catch (error) {
      throw new FontError((error as Error).message);
    }
    fonts.set(path, data);
  }
  return data;
}
