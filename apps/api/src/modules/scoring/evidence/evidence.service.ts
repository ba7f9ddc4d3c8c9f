import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  chinaMonthRange,
  type EvidenceStatus,
  MANUAL_SOURCE,
  type Page,
  type RubricIndicator,
} from '@zerowaste/shared';
import { Repository } from 'typeorm';
import type { Caller } from '../../../common/auth/caller';
import { AppError } from '../../../common/errors/app-error';
import { pageOf } from '../../../common/pagination/page';
import { TransactionRunner } from '../../../database/transaction-runner';
import { cellInScope } from '../../bins/cell-scope';
import { Cell } from '../../cells/cell.entity';
import { ImagesService } from '../../images/images.service';
import { CellScore } from '../cell-score.entity';
import { RubricsService } from '../rubrics.service';
import { ScoringService } from '../scoring.service';
import type { CreateEvidenceDto, EvidenceQueryDto } from './evidence.dto';
import { EvidenceDto } from './evidence.dto';
import { Evidence } from './evidence.entity';

/**
 * Evidence for manual indicators: the cell's manager submits it, an admin approves or rejects it.
 * Approving or rejecting evidence of a month already scored rescores that cell for the month.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectRepository(Evidence) private readonly evidence: Repository<Evidence>,
    @InjectRepository(Cell) private readonly cells: Repository<Cell>,
    @InjectRepository(CellScore) private readonly scores: Repository<CellScore>,
    private readonly rubrics: RubricsService,
    private readonly scoring: ScoringService,
    private readonly images: ImagesService,
    private readonly tx: TransactionRunner,
  ) {}

  async submit(caller: Caller, cellId: number, dto: CreateEvidenceDto, now = new Date()): Promise<EvidenceDto> {
    const cell = await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    const indicator = (await this.rubrics.currentOf(cell.type)).rubric.indicators.find(
      (i) => i.key === dto.indicatorKey && i.source === MANUAL_SOURCE,
    );
    if (!indicator) throw AppError.invalidField('indicatorKey', `is not a manual indicator of the ${cell.type} rubric`);
    if (chinaMonthRange(dto.period).start > now) throw AppError.invalidField('period', 'is a month that has not begun');
    assertValueFits(indicator, dto.value);
    const imageIds = [...new Set(dto.imageIds ?? [])];
    const saved = await this.tx.run(async (em) => {
      await this.images.assertOwned(em, caller.userId, imageIds, 'evidence');
      return em.save(
        em.create(Evidence, {
          cellId,
          indicatorKey: dto.indicatorKey,
          period: dto.period,
          value: dto.value,
          note: dto.note,
          imageIds,
          status: 'pending',
          reason: null,
          submittedByUserId: caller.userId,
          reviewedByUserId: null,
          reviewedAt: null,
        }),
      );
    });
    return EvidenceDto.from(saved, cell.name, indicator.name);
  }

  /** A cell's evidence, newest first (its manager or an admin). */
  async listOfCell(caller: Caller, cellId: number, query: EvidenceQueryDto): Promise<Page<EvidenceDto>> {
    await cellInScope(this.cells, caller, cellId, ['cell_manager']);
    return this.page(query, { cellId }, 'DESC');
  }

  /** The admins' queue, oldest first (pending unless another status is asked for). */
  queue(query: EvidenceQueryDto): Promise<Page<EvidenceDto>> {
    return this.page(query, { status: query.status ?? 'pending' }, 'ASC');
  }

  approve(caller: Caller, id: number): Promise<EvidenceDto> {
    return this.review(caller, id, 'approved', null);
  }

  reject(caller: Caller, id: number, reason: string): Promise<EvidenceDto> {
    return this.review(caller, id, 'rejected', reason);
  }

  private async review(
    caller: Caller,
    id: number,
    status: Exclude<EvidenceStatus, 'pending'>,
    reason: string | null,
  ): Promise<EvidenceDto> {
    const reviewedAt = new Date();
    // One guarded statement: of two admins deciding at once, one wins and the other is told.
    const result = await this.evidence.update(
      { id, status: 'pending' },
      { status, reason, reviewedByUserId: caller.userId, reviewedAt },
    );
    const evidence = await this.evidence.findOne({ where: { id }, relations: { cell: true } });
    if (!evidence?.cell) throw AppError.notFound('Evidence');
    if (!result.affected) throw new AppError('CONFLICT', `Evidence ${id} was already ${evidence.status}`);
    if (
      status === 'approved' &&
      (await this.scores.exists({ where: { cellId: evidence.cellId, period: evidence.period } }))
    ) {
      await this.scoring.recompute(evidence.period, evidence.cellId);
    }
    return EvidenceDto.from(
      evidence,
      evidence.cell.name,
      await this.indicatorName(evidence.cell, evidence.indicatorKey),
    );
  }

  private async page(
    query: EvidenceQueryDto,
    where: { cellId?: number; status?: EvidenceStatus },
    order: 'ASC' | 'DESC',
  ): Promise<Page<EvidenceDto>> {
    const [rows, total] = await this.evidence.findAndCount({
      where: {
        ...where,
        ...(query.period && { period: query.period }),
        ...(query.status && { status: query.status }),
      },
      relations: { cell: true },
      order: { id: order },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const items: EvidenceDto[] = [];
    for (const row of rows) {
      const cell = row.cell as Cell;
      items.push(EvidenceDto.from(row, cell.name, await this.indicatorName(cell, row.indicatorKey)));
    }
    return pageOf(query, items, total);
  }

  private async indicatorName(cell: Cell, key: string): Promise<string> {
    const { rubric } = await this.rubrics.currentOf(cell.type);
    return rubric.indicators.find((i) => i.key === key)?.name ?? key;
  }
}

/** The value must make sense for the indicator's rule: 1 or 0, a count of its checks, or a percentage. */
function assertValueFits(indicator: RubricIndicator, value: number): void {
  switch (indicator.rule) {
    case 'yes_no':
      if (value !== 0 && value !== 1) throw AppError.invalidField('value', 'must be 1 (yes) or 0 (no)');
      return;
    case 'deductions': {
      const most = indicator.checks?.length ?? 100;
      if (!Number.isInteger(value) || value > most) {
        throw AppError.invalidField('value', `must be the number of failed checks, 0 to ${most}`);
      }
      return;
    }
    default:
      if (value > 100) throw AppError.invalidField('value', 'must be a percentage, 0 to 100');
  }
}
