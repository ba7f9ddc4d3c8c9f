import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import type { Logger } from '@nestjs/common';
import Piscina from 'piscina';
import { AppError } from '../errors/app-error';
import type { PdfRenderResult } from './pdf-document';

// Printing is rare and bursty: a thread or two, started on the first print and ended when idle for a while.
const MAX_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));
const IDLE_TIMEOUT_MS = 60_000;

/** What every PDF task carries: the CJK font to draw with. */
export interface PdfTask {
  fontPath: string;
}

/** A task as a caller gives it: the pool fills in the font (distributed over a union of task kinds). */
export type TaskWithoutFont<T> = T extends PdfTask ? Omit<T, 'fontPath'> : never;

/**
 * Draws PDFs (pdfkit) in a worker thread pool, so that the API keeps answering while a sheet or a
 * report is drawn (docs/decisions/005). Chinese needs a CJK font; without one pdfkit would print empty
 * boxes, so a missing font is refused (503 PRINT_UNAVAILABLE) rather than printed.
 */
export class PdfRenderPool<T extends PdfTask> {
  private pool: Piscina<T, PdfRenderResult> | null = null;

  /** `workerFile`: the worker module next to the caller, e.g. `join(__dirname, workerFileName('x.worker'))`. */
  constructor(
    private readonly workerFile: string,
    private readonly fontPath: string,
    private readonly logger: Logger,
  ) {}

  /** Draws a task (the font is filled in) and answers the PDF. */
  async render(task: TaskWithoutFont<T>): Promise<Buffer> {
    if (!existsSync(this.fontPath)) {
      this.logger.error(`The PDF font ${this.fontPath} is missing: install fonts-noto-cjk or set LABEL_FONT_PATH`);
      throw fontMissing();
    }
    const result = await this.workers().run({ ...task, fontPath: this.fontPath } as unknown as T);
    if ('fontError' in result) {
      this.logger.error(`Cannot use the PDF font ${this.fontPath}: ${result.fontError}`);
      throw fontMissing();
    }
    // The thread boundary hands back a plain Uint8Array; share its memory rather than copy it.
    return Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength);
  }

  /** Lets running tasks finish; call after the HTTP server has closed (onApplicationShutdown). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }

  private workers(): Piscina<T, PdfRenderResult> {
    if (this.pool) return this.pool;
    const pool = new Piscina<T, PdfRenderResult>({
      filename: this.workerFile,
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
      this.logger.error(`A PDF drawing thread failed: ${error.message}`);
      if (this.pool === pool) this.pool = null;
      void pool.destroy();
    });
    this.pool = pool;
    return pool;
  }
}

/** A worker module's file name as this build runs it: `.js` from dist, `.ts` under ts-jest. */
export function workerFileName(base: string): string {
  return `${base}${extname(__filename)}`;
}

/**
 * Built, the worker is a .js file in dist. Under ts-jest it is the .ts source, and a worker thread is plain
 * Node that knows nothing of Jest's transform, so the thread loads it through ts-node (a dev dependency,
 * never reached from dist), with the API's tsconfig whatever the working directory. The tests so run the
 * real worker: drawing inline there would hide a broken one (and, inside Jest's module sandbox, a 40-label
 * sheet took 85 s instead of 2).
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
    'Printing is unavailable: the server has no Chinese font (install fonts-noto-cjk or set LABEL_FONT_PATH)',
  );
}
