import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../activities/activities.module';
import { Cell } from '../cells/cell.entity';
import { RegionsModule } from '../regions/regions.module';
import { ReportPrinter } from './report-printer';
import { ReportsController } from './reports.controller';
import { ScoreReader } from './score-reader';
import { ScoresExportController } from './scores-export.controller';
import { ScoresExportService } from './scores-export.service';
import { YearlyReportNote } from './yearly-report-note.entity';
import { YearlyReportsService } from './yearly-reports.service';

/** What is printed or exported from the stored scores: the yearly self-evaluation report and the scores workbook. */
@Module({
  imports: [TypeOrmModule.forFeature([Cell, YearlyReportNote]), ActivitiesModule, RegionsModule],
  controllers: [ReportsController, ScoresExportController],
  providers: [YearlyReportsService, ScoresExportService, ScoreReader, ReportPrinter],
})
export class ReportsModule {}
