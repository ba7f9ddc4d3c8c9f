import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { PdfRenderPool, type PdfTask } from './pdf-render-pool';

/**
 * A provider that draws PDFs in its own worker pool, closed with the app: after the HTTP server has
 * closed (onModuleDestroy comes before it), so that a sheet being printed for a request still in
 * flight is finished rather than dropped.
 */
export abstract class PdfPrinter<T extends PdfTask> implements OnApplicationShutdown {
  protected readonly pool: PdfRenderPool<T>;

  /** `workerFile`: the worker module next to the subclass, e.g. `join(__dirname, workerFileName('x.worker'))`. */
  protected constructor(workerFile: string, fontPath: string, name: string) {
    this.pool = new PdfRenderPool(workerFile, fontPath, new Logger(name));
  }

  onApplicationShutdown(): Promise<void> {
    return this.pool.close();
  }
}
