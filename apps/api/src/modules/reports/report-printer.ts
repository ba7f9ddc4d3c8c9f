import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { PdfRenderPool, type TaskWithoutFont, workerFileName } from '../../common/pdf/pdf-render-pool';
import { CONFIG, type Config } from '../../config/config';
import type { YearlyReportTask } from './report-render.worker';

/** Draws yearly reports as PDFs in a worker thread pool (report-render.worker), with the labels' CJK font. */
@Injectable()
export class ReportPrinter implements OnApplicationShutdown {
  private readonly pool: PdfRenderPool<YearlyReportTask>;

  constructor(@Inject(CONFIG) config: Pick<Config, 'labelFontPath'>) {
    this.pool = new PdfRenderPool(
      join(__dirname, workerFileName('report-render.worker')),
      config.labelFontPath,
      new Logger(ReportPrinter.name),
    );
  }

  yearlyReport(report: TaskWithoutFont<YearlyReportTask>): Promise<Buffer> {
    return this.pool.render(report);
  }

  onApplicationShutdown(): Promise<void> {
    return this.pool.close();
  }
}
