import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { PdfPrinter } from '../../common/pdf/pdf-printer';
import { type TaskWithoutFont, workerFileName } from '../../common/pdf/pdf-render-pool';
import { CONFIG, type Config } from '../../config/config';
import type { YearlyReportTask } from './report-render.worker';

/** Draws yearly reports as PDFs in a worker thread pool (report-render.worker), with the labels' CJK font. */
@Injectable()
export class ReportPrinter extends PdfPrinter<YearlyReportTask> {
  constructor(@Inject(CONFIG) config: Pick<Config, 'labelFontPath'>) {
    super(join(__dirname, workerFileName('report-render.worker')), config.labelFontPath, ReportPrinter.name);
  }

  yearlyReport(report: TaskWithoutFont<YearlyReportTask>): Promise<Buffer> {
    return this.pool.render(report);
  }
}
