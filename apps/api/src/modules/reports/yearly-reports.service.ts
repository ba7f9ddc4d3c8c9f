import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { chinaDateOf, parentRegionCode } from '@zerowaste/shared';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { ActivitiesService, type ActivityScope } from '../activities/activities.service';
import { cellInScope } from '../bins/cell-scope';
import { Cell } from '../cells/cell.entity';
import { RegionsService } from '../regions/regions.service';
import { ScoreReader, type ScoreScope } from '../scoring/score-reader';
import {
  type YearlyReportNotesDto,
  YearlyReportNotesResponseDto,
  type YearlyReportQueryDto,
} from './dto/yearly-report.dto';
import { ReportPrinter } from './report-printer';
import { type YearlyReportInput, yearlyReport } from './yearly-report-content';
import { YearlyReportNote } from './yearly-report-note.entity';

// The programme's plans start in the 2020s; earlier years are typos.
const FIRST_YEAR = 2020;
const BEST_AND_WORST = 5;
const RECENT_ACTIVITIES = 10;

/** What a report is about, once the caller may see it. */
interface Subject {
  /** The notes' key: `cell:<id>` or `region:<code>`. */
  key: string;
  cellId: number | null;
  regionCode: string | null;
  scores: ScoreScope;
  activities: ActivityScope;
  about: YearlyReportInput['subject'];
}

@Injectable()
export class YearlyReportsService {
  constructor(
    @InjectRepository(Cell) private readonly cells: Repository<Cell>,
    @InjectRepository(YearlyReportNote) private readonly notes: Repository<YearlyReportNote>,
    private readonly regions: RegionsService,
    private readonly activities: ActivitiesService,
    private readonly scores: ScoreReader,
    private readonly printer: ReportPrinter,
    private readonly tx: TransactionRunner,
  ) {}

  /** The yearly self-evaluation report of a cell, a district or the city, as a PDF. */
  async report(
    caller: Caller,
    year: number,
    query: YearlyReportQueryDto,
    now = new Date(),
  ): Promise<{ pdf: Buffer; filename: string }> {
    assertYear(year, now);
    const subject = await this.subject(caller, query);
    const from = `${year}-01`;
    const to = `${year}-12`;
    const days: [string, string] = [`${year}-01-01`, `${year}-12-31`];
    const isRegion = subject.regionCode !== null;
    const [months, previousYear, lastPeriod, note, activities, recent, best, worst] = await Promise.all([
      this.scores.months(subject.scores, from, to),
      this.scores.months(subject.scores, `${year - 1}-01`, `${year - 1}-12`),
      this.scores.lastPeriod(subject.scores, from, to),
      this.notes.findOne({ where: { year, subject: subject.key } }),
      this.activities.summarize(subject.activities, ...days),
      isRegion ? [] : this.activities.latest(subject.activities, ...days, RECENT_ACTIVITIES),
      isRegion ? this.scores.cellAverages(subject.scores, from, to, 'best', BEST_AND_WORST) : [],
      isRegion ? this.scores.cellAverages(subject.scores, from, to, 'worst', BEST_AND_WORST) : [],
    ]);
    const latest = lastPeriod ? await this.scores.period(subject.scores, lastPeriod) : [];
    const pdf = await this.printer.yearlyReport(
      yearlyReport({
        year,
        subject: subject.about,
        months,
        previousYear,
        lastPeriod,
        latest,
        activities,
        recentActivities: recent,
        best,
        worst,
        texts: YearlyReportNotesResponseDto.from(year, subject, note),
        today: chinaDateOf(now),
      }),
    );
    const name = subject.cellId !== null ? `cell-${subject.cellId}` : `region-${subject.regionCode}`;
    return { pdf, filename: `yearly-report-${year}-${name}.pdf` };
  }

  /** What has been written for a report so far (empty sections when nothing). */
  async getNotes(caller: Caller, year: number, query: YearlyReportQueryDto, now = new Date()) {
    assertYear(year, now);
    const subject = await this.subject(caller, query);
    const note = await this.notes.findOne({ where: { year, subject: subject.key } });
    return YearlyReportNotesResponseDto.from(year, subject, note);
  }

  /** Writes a report's sections; a section left out keeps its text. */
  async putNotes(caller: Caller, year: number, dto: YearlyReportNotesDto, now = new Date()) {
    assertYear(year, now);
    const subject = await this.subject(caller, dto);
    const changes: Partial<Pick<YearlyReportNote, 'overview' | 'practices' | 'problems'>> = {};
    for (const key of ['overview', 'practices', 'problems'] as const) {
      if (dto[key] !== undefined) changes[key] = dto[key];
    }
    const note = await this.tx.run(async (em) => {
      const where = { year, subject: subject.key };
      // The unique (year, subject) index makes a second writer's insert fail rather than add a twin row.
      const updated = await em.update(YearlyReportNote, where, { ...changes, updatedByUserId: caller.userId });
      if (!updated.affected) {
        await em.insert(YearlyReportNote, {
          ...where,
          cellId: subject.cellId,
          regionCode: subject.regionCode,
          overview: '',
          practices: '',
          problems: '',
          ...changes,
          updatedByUserId: caller.userId,
        });
      }
      return em.findOneOrFail(YearlyReportNote, { where });
    });
    return YearlyReportNotesResponseDto.from(year, subject, note);
  }

  /**
   * A cell (its manager, or an admin) or a region (an admin): exactly one of the two. Anything outside the
   * caller's scope answers 404, so that ids cannot be probed.
   */
  private async subject(caller: Caller, query: { cellId?: number; regionCode?: string }): Promise<Subject> {
    if ((query.cellId === undefined) === (query.regionCode === undefined)) {
      throw AppError.invalidField('cellId', 'give either cellId (a cell) or regionCode (a district or the city)');
    }
    if (query.cellId !== undefined) {
      const cell = await cellInScope(this.cells, caller, query.cellId, ['cell_manager']);
      return {
        key: `cell:${cell.id}`,
        cellId: cell.id,
        regionCode: null,
        scores: { cellIds: [cell.id] },
        activities: { cellId: cell.id },
        about: {
          kind: 'cell',
          name: cell.name,
          cellType: cell.type,
          regionPath: await this.regionPath(cell.regionCode),
          households: cell.households,
        },
      };
    }
    const code = query.regionCode as string;
    // Regions are reported by the city's and districts' admins; a manager reports on their cells.
    const region = caller.isAdmin ? await this.regions.findByCode(code) : null;
    if (!region) throw AppError.notFound('Region');
    return {
      key: `region:${code}`,
      cellId: null,
      regionCode: code,
      scores: { regionCode: code },
      activities: { regionCode: code },
      about: { kind: 'region', name: region.name, regionPath: await this.regionPath(code) },
    };
  }

  /** 邢台市襄都区西大街街道: the names from the city down (the province goes without saying). */
  private async regionPath(code: string): Promise<string> {
    const codes: string[] = [];
    for (let c: string | null = code; c; c = parentRegionCode(c)) codes.unshift(c);
    const names = await this.regions.namesByCode(codes);
    const path = codes.map((c) => names.get(c) ?? '');
    return (path.length > 1 ? path.slice(1) : path).join('');
  }
}

function assertYear(year: number, now: Date): void {
  const current = Number(chinaDateOf(now).slice(0, 4));
  if (year < FIRST_YEAR || year > current) {
    throw AppError.invalidField('year', `must be between ${FIRST_YEAR} and ${current}`);
  }
}
