import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { WASTE_CATEGORIES, WASTE_CATEGORY_COLORS, WASTE_CATEGORY_LABELS, type WasteCategory } from '@zerowaste/shared';
import { PdfPrinter } from '../../common/pdf/pdf-printer';
import { workerFileName } from '../../common/pdf/pdf-render-pool';
import { CONFIG, type Config } from '../../config/config';
import type { RenderTask } from './label-render.worker';

/** What a bin label shows. */
export interface BinLabel {
  name: string;
  code: string;
  category: WasteCategory | null;
  qr: string;
}

/** What a household card shows. */
export interface HouseholdCardPrint {
  holderName: string;
  cellName: string;
  code: string;
  qr: string;
}

/**
 * Prints QR labels for bins and household cards as A4 PDFs (pdfkit, qrcode). A sheet takes a good part
 * of a second of CPU, so it is drawn in a worker thread (label-render.worker) and the API keeps answering
 * meanwhile. Chinese needs a CJK font; without one pdfkit would print empty boxes, so a missing font is
 * refused rather than printed.
 */
@Injectable()
export class LabelPrinter extends PdfPrinter<RenderTask> {
  constructor(@Inject(CONFIG) config: Pick<Config, 'labelFontPath'>) {
    super(join(__dirname, workerFileName('label-render.worker')), config.labelFontPath, LabelPrinter.name);
  }

  /** One label per bin, eight to an A4 page, with dashed cut lines between them. */
  binLabels(cellName: string, bins: BinLabel[]): Promise<Buffer> {
    return this.pool.render({
      kind: 'binLabels',
      cellName,
      labels: bins.map((bin) => ({
        name: bin.name,
        code: bin.code,
        qr: bin.qr,
        categories: (bin.category ? [bin.category] : WASTE_CATEGORIES).map((category) => ({
          label: WASTE_CATEGORY_LABELS[category],
          color: WASTE_CATEGORY_COLORS[category],
        })),
      })),
    });
  }

  /** A card about twice the size of a bank card, easy for older eyes, with a dashed cut line around it. */
  householdCard(card: HouseholdCardPrint): Promise<Buffer> {
    return this.pool.render({
      kind: 'householdCard',
      ...card,
      bandColor: WASTE_CATEGORY_COLORS.food,
    });
  }
}
