import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../activities/activities.module';
import { Cell } from '../cells/cell.entity';
import { RegionsModule } from '../regions/regions.module';
import { ScoringModule } from '../scoring/scoring.module';
import { ReportPrinter } from './report-printer';
import { ReportsController } from './reports.controller';
import { ScoresExportController } from './scores-export.controller';
import { ScoresExportService } from './scores-export.service';
import { YearlyReportNote } from './yearly-report-note.entity';
import { YearlyReportsService } from './yearly-reports.service';

/** What is printed or exported from the stored scores: the yearly self-evaluation report and the scores workbook. */
@Module({
  imports: [TypeOrmModule.forFeature([Cell, YearlyReportNote]), ActivitiesModule, RegionsModule, ScoringModule],
  controllers: [ReportsController, ScoresExportController],
  providers: [YearlyReportsService, ScoresExportService, ReportPrinter],
})
export class ReportsModule {}
