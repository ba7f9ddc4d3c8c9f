import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { WASTE_CATEGORIES, WASTE_CATEGORY_COLORS, WASTE_CATEGORY_LABELS, type WasteCategory } from '@zerowaste/shared';
import Piscina from 'piscina';
import { AppError } from '../../common/errors/app-error';
import { CONFIG, type Config } from '../../config/config';
import type { RenderResult, RenderTask } from './label-render.worker';

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

// Printing is rare and bursty: a thread or two, started on the first print and ended when idle for a while.
const MAX_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));
const IDLE_TIMEOUT_MS = 60_000;

/**
 * Prints QR labels for bins and household cards as A4 PDFs (pdfkit, qrcode). A sheet takes a good part
 * of a second of CPU, so it is drawn in a worker thread (label-render.worker) and the API keeps answering
 * meanwhile. Chinese needs a CJK font; without one pdfkit would print empty boxes, so a missing font is
 * refused rather than printed.
 */
@Injectable()
export class LabelPrinter implements OnApplicationShutdown {
  private readonly logger = new Logger(LabelPrinter.name);
  private readonly fontPath: string;
  private pool: Piscina<RenderTask, RenderResult> | null = null;

  constructor(@Inject(CONFIG) config: Pick<Config, 'labelFontPath'>) {
    this.fontPath = config.labelFontPath;
  }

  /** One label per bin, eight to an A4 page, with dashed cut lines between them. */
  binLabels(cellName: string, bins: BinLabel[]): Promise<Buffer> {
    return this.render({
      kind: 'binLabels',
      fontPath: this.fontPath,
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
    return this.render({
      kind: 'householdCard',
      fontPath: this.fontPath,
      ...card,
      bandColor: WASTE_CATEGORY_COLORS.food,
    });
  }

  // After the HTTP server has closed (onModuleDestroy comes before it), so that a sheet being printed
  // for a request still in flight is finished rather than dropped.
  async onApplicationShutdown(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }

  private async render(task: RenderTask): Promise<Buffer> {
    if (!existsSync(this.fontPath)) {
      this.logger.error(`The label font ${this.fontPath} is missing: install fonts-noto-cjk or set LABEL_FONT_PATH`);
      throw fontMissing();
    }
    const result = await this.workers().run(task);
    if ('fontError' in result) {
      this.logger.error(`Cannot use the label font ${this.fontPath}: ${result.fontError}`);
      throw fontMissing();
    }
    // The thread boundary hands back a plain Uint8Array; share its memory rather than copy it.
    return Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength);
  }

  private workers(): Piscina<RenderTask, RenderResult> {
    if (this.pool) return this.pool;
    const pool = new Piscina<RenderTask, RenderResult>({
      filename: join(__dirname, `label-render.worker${extname(__filename)}`),
      name: 'render',
      minThreads: 0,
      maxThreads: MAX_THREADS,
      idleTimeout: IDLE_TIMEOUT_MS,
      ...typeScriptSupport(),
    });
    // A thread that cannot start (a worker file missing from the build) fails no task: the waiting request
    // would hang, and the unheard 'error' would stop the API. Ending the pool fails its tasks instead, and
    // the next print tries a new one.
    pool.on('error', (error: Error) => {
      this.logger.error(`A label printing thread failed: ${error.message}`);
      if (this.pool === pool) this.pool = null;
      void pool.destroy();
    });
    this.pool = pool;
    return pool;
  }
}

/**
 * Built, this module is dist/.../label-printer.js and the worker is the .js file next to it. Under ts-jest
 * it is the .ts source, and a worker thread is plain Node that knows nothing of Jest's transform, so the
 * thread loads label-render.worker.ts through ts-node (a dev dependency, never reached from dist), with the
 * API's tsconfig whatever the working directory. The tests so run the real worker: drawing inline there
 * would hide a broken one (and, inside Jest's module sandbox, a 40-label sheet took 85 s instead of 2).
 */
function typeScriptSupport(): { execArgv?: string[]; env?: NodeJS.Dict<string> } {
  if (extname(__filename) !== '.ts') return {};
  return {
    execArgv: ['--require', require.resolve('ts-node/register/transpile-only')],
    env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '../../../tsconfig.json') },
  };
}

function fontMissing(): AppError {
  return new AppError(
    'PRINT_UNAVAILABLE',
    'Printing is unavailable: the server has no Chinese font for labels (install fonts-noto-cjk or set LABEL_FONT_PATH)',
  );
}
