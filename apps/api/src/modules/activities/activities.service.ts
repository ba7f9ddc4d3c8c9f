import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type ActivityKind, chinaDateOf, type Page, regionPrefix } from '@zerowaste/shared';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageWindow, toPage } from '../../common/pagination/page';
import { startsWithPattern } from '../../common/sql/like';
import { TransactionRunner } from '../../database/transaction-runner';
import { cellInScope } from '../bins/cell-scope';
import { Cell } from '../cells/cell.entity';
import { ImagesService } from '../images/images.service';
import { CellActivity } from './activity.entity';
import { ActivityDto, type ActivityListQueryDto, type CreateActivityDto } from './dto/activity.dto';

// Older than this is a typo rather than a record anyone is still filing.
const EARLIEST_DATE = '2000-01-01';

@Injectable()
export class ActivitiesService {
  constructor(
    @InjectRepository(CellActivity) private readonly activities: Repository<CellActivity>,
    @InjectRepository(Cell) private readonly cells: Repository<Cell>,
    private readonly images: ImagesService,
    private readonly tx: TransactionRunner,
  ) {}

  /** Logs an activity of a cell the caller manages (or any cell, for an admin), with the caller's own photos. */
  async create(caller: Caller, cellId: number, dto: CreateActivityDto): Promise<ActivityDto> {
    await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    assertPastDate(dto.date);
    const imageIds = [...new Set(dto.imageIds ?? [])];
    const saved = await this.tx.run(async (em) => {
      await this.images.assertOwned(em, caller.userId, imageIds, 'activity');
      return em.save(
        CellActivity,
        em.create(CellActivity, {
          cellId,
          kind: dto.kind,
          date: dto.date,
          title: dto.title,
          attendance: dto.attendance,
          imageIds,
          recordedByUserId: caller.userId,
        }),
      );
    });
    return ActivityDto.from(saved);
  }

  /** A cell's activities, newest first. */
  async list(caller: Caller, cellId: number, query: ActivityListQueryDto): Promise<Page<ActivityDto>> {
    await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    if (query.from && query.to && query.from > query.to) {
      throw AppError.invalidField('from', 'must not be after to');
    }
    const qb = this.activities.createQueryBuilder('a').where('a.cellId = :cellId', { cellId });
    if (query.from) qb.andWhere('a.date >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.date <= :to', { to: query.to });
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    const { skip, take } = pageWindow(query);
    const [rows, total] = await qb
      .orderBy('a.date', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return toPage(query, rows, total, ActivityDto.from);
  }

  /** How many of each kind, and how many took part, in `[from, to]` (days): one grouped query. */
  async summarize(scope: ActivityScope, from: string, to: string): Promise<ActivityKindSummary[]> {
    const rows: { kind: ActivityKind; n: number | string; people: number | string | null }[] = await this.scoped(
      scope,
      from,
      to,
    )
      .select('a.kind', 'kind')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(a.attendance)', 'people')
      .groupBy('a.kind')
      .getRawMany();
    return rows.map((r) => ({ kind: r.kind, count: Number(r.n), attendance: Number(r.people ?? 0) }));
  }

  /** The latest activities in `[from, to]` (days), at most `limit`. */
  async latest(scope: ActivityScope, from: string, to: string, limit: number): Promise<CellActivity[]> {
    return this.scoped(scope, from, to).orderBy('a.date', 'DESC').addOrderBy('a.id', 'DESC').take(limit).getMany();
  }

  private scoped(scope: ActivityScope, from: string, to: string) {
    const qb = this.activities.createQueryBuilder('a').where('a.date >= :from AND a.date <= :to', { from, to });
    if ('cellId' in scope) return qb.andWhere('a.cellId = :cellId', { cellId: scope.cellId });
    return qb
      .innerJoin('a.cell', 'c')
      .andWhere("c.regionCode LIKE :prefix ESCAPE '!'", { prefix: startsWithPattern(regionPrefix(scope.regionCode)) });
  }
}

/** Activities of a cell, or of every cell in a region, between two days. */
export type ActivityScope = { cellId: number } | { regionCode: string };

export interface ActivityKindSummary {
  kind: ActivityKind;
  count: number;
  attendance: number;
}

function assertPastDate(date: string): void {
  // The pattern lets 2026-02-31 through: a real day reads back the same.
  if (new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw AppError.invalidField('date', `${date} is not a day of the calendar`);
  }
  if (date > chinaDateOf(new Date())) throw AppError.invalidField('date', 'must not be in the future');
  if (date < EARLIEST_DATE) throw AppError.invalidField('date', `must be on or after ${EARLIEST_DATE}`);
}
