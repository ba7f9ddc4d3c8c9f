import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  chinaDayStart,
  nextChinaMidnight,
  type Page,
  WASTE_CATEGORIES,
  WASTE_CATEGORY_LABELS,
  type WasteCategory,
} from '@zerowaste/shared';
import { type EntityManager, In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import type { PendingAnswer } from '../../common/idempotency/idempotency.store';
import { pageOf, pageWindow, toPage } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { CONFIG, type Config } from '../../config/config';
import { readTime, select, sqlTime, write } from '../../database/sql';
import { TransactionRunner } from '../../database/transaction-runner';
import type { Bin } from '../bins/bin.entity';
import { BinsService } from '../bins/bins.service';
import type { HouseholdCard } from '../bins/household-card.entity';
import { HouseholdCardsService } from '../bins/household-cards.service';
import { earnedSinceSql, PointsService } from '../points/points.service';
import { User } from '../users/user.entity';
import { DEFAULT_NICKNAME } from '../users/users.service';
import { Drop, type DropVerdict } from './drop.entity';
import { cooldownEnds, cooldownWindowStart, dropAward } from './drop-rules';
import {
  type BatchVerdictDto,
  type BatchVerdictResultDto,
  type DropDto,
  type DropResultDto,
  DropSummaryDto,
  type InspectorDropDto,
  type InspectorDropQueryDto,
  type VerdictResultDto,
} from './dto/drop.dto';

/** Earnings of these kinds count toward the daily drop cap. */
const CAPPED_KINDS = ['drop', 'drop_bonus'] as const;

/**
 * Drops (one scan at a bin) and the inspectors' verdicts on them. Points move only through
 * PointsService inside one transaction with the drop or verdict they belong to.
 */
@Injectable()
export class DropsService {
  private readonly rules: Config['points']['drop'];

  constructor(
    @InjectRepository(Drop) private readonly drops: Repository<Drop>,
    private readonly bins: BinsService,
    private readonly cards: HouseholdCardsService,
    private readonly points: PointsService,
    private readonly tx: TransactionRunner,
    @Inject(CONFIG) config: Config,
  ) {
    this.rules = config.points.drop;
  }

  async drop(caller: Caller, dto: DropDto, pending?: PendingAnswer): Promise<DropResultDto> {
    for (let attempt = 1; ; attempt++) {
      // The bin is taken from memory first; the drop's own transaction confirms it is still current.
      const bin = await this.bins.resolveQr(dto.qr, { remembered: attempt === 1 });
      try {
        return await this.dropAt(bin, caller, dto, pending);
      } catch (error) {
        if (!(error instanceof ChangedBin)) throw error;
        // Re-issued or retired through another replica since this one saw it: read it afresh, which
        // refuses the old label with the precise reason.
        this.bins.forget(bin);
        if (attempt > 1) throw new AppError('QR_RETIRED', 'This bin changed as the drop was recorded; scan it again');
      }
    }
  }

  private async dropAt(bin: Bin, caller: Caller, dto: DropDto, pending?: PendingAnswer): Promise<DropResultDto> {
    // A card drop is an inspector's (or collector's) act: refuse anyone else before reading the card.
    if (dto.householdCard !== undefined && !caller.hasAny(['inspector', 'collector', 'admin'])) {
      throw AppError.forbidden('Only an inspector, a collector or an admin may record a drop for a household card');
    }
    const category = categoryAt(bin, dto.category);
    const card = dto.householdCard === undefined ? null : await this.cardAt(caller, bin, dto.householdCard);
    const accountId = await this.points.ensureAccount(card ? { householdCardId: card.id } : { userId: caller.userId });

    return this.tx.run(async (em) => {
      // Lock first: with the account held, two drops at once cannot both pass the cool-down or the cap.
      const account = await this.points.lock(em, accountId);
      const now = new Date();
      const awarded = await this.award(em, accountId, bin, category, now);
      const drop = em.create(Drop, {
        binId: bin.id,
        cellId: bin.cellId,
        category,
        accountId,
        householdCardId: card?.id ?? null,
        recordedByUserId: caller.userId,
        awarded,
        verdict: null,
        verdictByUserId: null,
        verdictAt: null,
        // The app's clock, read under the lock, so the cool-down compares like with like.
        createdAt: now,
      });
      const inserted = await write(
        em,
        'INSERT INTO drops (binId, cellId, category, accountId, householdCardId, recordedByUserId, awarded, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [drop.binId, drop.cellId, category, accountId, drop.householdCardId, caller.userId, awarded, sqlTime(now)],
      );
      drop.id = inserted.insertId;
      if (awarded > 0) {
        await this.points.apply(em, account, {
          kind: 'drop',
          amount: awarded,
          refType: 'drop',
          refId: drop.id,
          actorUserId: card ? caller.userId : undefined,
          note: `${bin.name} · ${WASTE_CATEGORY_LABELS[category]}`,
        });
      }
      const answer = { drop: DropSummaryDto.from(drop, bin.name), awarded, balance: account.balance };
      await pending?.record(em, answer);
      return answer;
    });
  }

  /**
   * The points this drop earns, read under the account lock in one statement: refused within the
   * cool-down at this bin and category, or when today's drop points are all earned. The same
   * statement confirms the bin is still active at the label's version (it may come from memory).
   */
  private async award(
    em: EntityManager,
    accountId: number,
    bin: Bin,
    category: WasteCategory,
    now: Date,
  ): Promise<number> {
    const { basePoints, cooldownMinutes, dailyCapPoints } = this.rules;
    const earned = earnedSinceSql(accountId, CAPPED_KINDS, chinaDayStart(now));
    const current = this.bins.isCurrentSql(bin);
    const [row] = await select<{
      lastAt: Date | string | null;
      earned: number | string | null;
      binCurrent: number | string;
    }>(
      em,
      `SELECT
         (SELECT MAX(createdAt) FROM drops WHERE accountId = ? AND binId = ? AND category = ? AND createdAt > ?) AS lastAt,
         ${earned.sql} AS earned,
         ${current.sql} AS binCurrent`,
      [
        accountId,
        bin.id,
        category,
        sqlTime(cooldownWindowStart(now, cooldownMinutes)),
        ...earned.parameters,
        ...current.parameters,
      ],
    );
    if (Number(row.binCurrent) === 0) throw new ChangedBin(bin);
    if (cooldownMinutes > 0 && row.lastAt !== null) {
      throw AppError.retryLater(
        'DROP_COOLDOWN',
        `Already dropped ${category} here in the last ${cooldownMinutes} minutes`,
        cooldownEnds(readTime(row.lastAt), cooldownMinutes),
      );
    }
    const awarded = dropAward(basePoints, Number(row.earned ?? 0), dailyCapPoints);
    if (awarded === null) {
      throw AppError.retryLater(
        'DAILY_CAP_REACHED',
        `Today's drop points (${dailyCapPoints}) are all earned`,
        nextChinaMidnight(now),
      );
    }
    return awarded;
  }

  /** The caller's own drops (not the ones they recorded for household cards), newest first. */
  async mine(caller: Caller, query: PageQueryDto): Promise<Page<DropSummaryDto>> {
    const [rows, total] = await this.drops
      .createQueryBuilder('d')
      .leftJoinAndSelect('d.bin', 'b')
      .where('d.recordedByUserId = :userId AND d.householdCardId IS NULL', { userId: caller.userId })
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .skip(pageWindow(query).skip)
      .take(pageWindow(query).take)
      .getManyAndCount();
    return toPage(query, rows, total, (d) => DropSummaryDto.from(d, d.bin?.name ?? ''));
  }

  /** Drops at the bins of a cell for its inspector (any cell for an admin), newest first. */
  async forInspector(caller: Caller, query: InspectorDropQueryDto): Promise<Page<InspectorDropDto>> {
    if (query.cellId === undefined && !caller.isAdmin) {
      throw AppError.invalidField('cellId', 'is required: the cell whose drops to show');
    }
    if (query.cellId !== undefined) caller.assertCanSee({ cellId: query.cellId }, ['inspector'], 'Cell');
    const qb = this.drops.createQueryBuilder('d').leftJoinAndSelect('d.bin', 'b');
    if (query.cellId !== undefined) qb.andWhere('d.cellId = :cellId', { cellId: query.cellId });
    if (query.verdict === 'pending') qb.andWhere('d.verdict IS NULL');
    else if (query.verdict) qb.andWhere('d.verdict = :verdict', { verdict: query.verdict });
    const { skip, take } = pageWindow(query);
    const [rows, total] = await qb
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return pageOf(query, await this.toInspectorDtos(rows), total);
  }

  /** Judges one drop, once; a correct drop earns its account the bonus in the same transaction. */
  async judge(caller: Caller, id: number, verdict: DropVerdict): Promise<VerdictResultDto> {
    const drop = await this.drops.findOne({ where: { id }, relations: { bin: true } });
    if (!drop) throw AppError.notFound('Drop');
    caller.assertCanSee({ cellId: drop.cellId }, ['inspector'], 'Drop');
    if (isOwnDrop(caller, drop)) throw AppError.forbidden('An inspector may not judge their own drop');
    const judgement = { verdict, verdictByUserId: caller.userId, verdictAt: new Date() };
    const bonus = await this.tx.run(async (em) => {
      if (!(await markJudged(em, drop.id, judgement))) {
        throw new AppError('CONFLICT', 'This drop has already been judged');
      }
      return verdict === 'correct' ? this.payBonus(em, drop, caller.userId) : 0;
    });
    // The guarded update changed exactly these fields: no need to read the drop again.
    return { drop: (await this.toInspectorDtos([Object.assign(drop, judgement)]))[0], bonus };
  }

  /**
   * Marks many drops correct in one transaction. Drops already judged, the caller's own, and drops
   * outside their cells (or missing) are skipped, without saying which is which.
   */
  async judgeBatch(caller: Caller, dto: BatchVerdictDto): Promise<BatchVerdictResultDto> {
    const ids = [...new Set(dto.dropIds)].sort((a, b) => a - b);
    const candidates = (await this.drops.find({ where: { id: In(ids) }, order: { id: 'ASC' } })).filter(
      (d) => d.verdict === null && caller.canSee({ cellId: d.cellId }, ['inspector']) && !isOwnDrop(caller, d),
    );
    const judged = await this.tx.run(async (em) => {
      // Every drop row first, then accounts in id order: concurrent batches then take locks in one order.
      const marked: Drop[] = [];
      const judgement = { verdict: dto.verdict, verdictByUserId: caller.userId, verdictAt: new Date() };
      for (const drop of candidates) {
        if (await markJudged(em, drop.id, judgement)) marked.push(drop);
      }
      const byAccount = [...marked].sort((a, b) => a.accountId - b.accountId || a.id - b.id);
      for (const drop of byAccount) await this.payBonus(em, drop, caller.userId);
      return marked.map((d) => d.id);
    });
    const done = new Set(judged);
    return { judged, skipped: ids.filter((id) => !done.has(id)) };
  }

  private async payBonus(em: EntityManager, drop: Drop, actorUserId: number): Promise<number> {
    const bonus = this.rules.correctBonus;
    // Always paid in full: it rewards sorting an inspector has checked, so the daily cap does not cut it.
    if (bonus <= 0) return 0;
    await this.points.apply(em, drop.accountId, {
      kind: 'drop_bonus',
      amount: bonus,
      refType: 'drop',
      refId: drop.id,
      actorUserId,
      note: `${WASTE_CATEGORY_LABELS[drop.category]}投放正确`,
    });
    return bonus;
  }

  private async cardAt(caller: Caller, bin: Bin, text: string): Promise<HouseholdCard> {
    const card = await this.cards.resolveQr(text);
    const allowed = caller.isAdmin || caller.has('collector') || caller.scopeIds('inspector').includes(card.cellId);
    if (!allowed) throw AppError.forbidden("Only an inspector of the card's cell may record drops for it");
    if (card.cellId !== bin.cellId) {
      throw AppError.invalidField('householdCard', "belongs to another cell than the bin's");
    }
    return card;
  }

  private async toInspectorDtos(rows: Drop[]): Promise<InspectorDropDto[]> {
    const userIds = [...new Set(rows.filter((d) => d.householdCardId === null).map((d) => d.recordedByUserId))];
    const [users, holders] = await Promise.all([
      userIds.length
        ? this.drops.manager.find(User, { where: { id: In(userIds) }, select: { id: true, nickname: true } })
        : Promise.resolve([]),
      this.cards.holderNames(rows.flatMap((d) => (d.householdCardId === null ? [] : [d.householdCardId]))),
    ]);
    const nicknames = new Map(users.map((u) => [u.id, u.nickname]));
    return rows.map((d) => ({
      ...DropSummaryDto.from(d, d.bin?.name ?? ''),
      who:
        d.householdCardId === null
          ? { kind: 'user', name: nicknames.get(d.recordedByUserId) || DEFAULT_NICKNAME }
          : { kind: 'household', name: holders.get(d.householdCardId) ?? '' },
      verdictAt: d.verdictAt?.toISOString() ?? null,
    }));
  }
}

/** The bin a drop was resolved to has been re-issued or retired since: the drop is made again, afresh. */
class ChangedBin extends Error {
  constructor(readonly bin: Bin) {
    super(`Bin ${bin.id} changed since it was read`);
  }
}

/** The category of a drop: a single bin's own, or the one given at a station. */
function categoryAt(bin: Bin, given: WasteCategory | undefined): WasteCategory {
  if (bin.category) {
    if (given !== undefined && given !== bin.category) {
      throw AppError.invalidField('category', `this bin takes only ${bin.category}`);
    }
    return bin.category;
  }
  if (given === undefined) {
    throw AppError.invalidField('category', `is required at a four-bin station: one of ${WASTE_CATEGORIES.join(', ')}`);
  }
  return given;
}

function isOwnDrop(caller: Caller, drop: Drop): boolean {
  return drop.householdCardId === null && drop.recordedByUserId === caller.userId;
}

/** A guarded update: only a drop nobody has judged yet changes, so a drop is judged once however requests race. */
async function markJudged(
  em: EntityManager,
  id: number,
  judgement: Pick<Drop, 'verdict' | 'verdictByUserId' | 'verdictAt'>,
): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(Drop)
    .set(judgement)
    .where('id = :id AND verdict IS NULL', { id })
    .execute();
  return Boolean(result.affected);
}
