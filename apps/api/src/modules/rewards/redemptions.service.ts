import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeRedemptionCode, type Page, type RedemptionStatus } from '@zerowaste/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import type { PendingAnswer } from '../../common/idempotency/idempotency.store';
import { pageWindow, toPage } from '../../common/pagination/page';
import { CONFIG, type Config } from '../../config/config';
import { TransactionRunner } from '../../database/transaction-runner';
import { HouseholdCardsService } from '../bins/household-cards.service';
import type { LedgerEntry } from '../points/ledger-entry.entity';
import { PointsService } from '../points/points.service';
import { User } from '../users/user.entity';
import {
  type CardRedemptionDto,
  type CardRedemptionResponseDto,
  type FulfilDto,
  type FulfilResponseDto,
  type LoadedRedemption,
  type RedeemResponseDto,
  type RedemptionListQueryDto,
  type RedemptionRequestDto,
  RedemptionResponseDto,
} from './dto/redemption.dto';
import { Redemption } from './redemption.entity';
import { isUniqueViolation, newRedemptionCode } from './redemption-code';
import { Reward } from './reward.entity';
import type { Shop } from './shop.entity';

const CODE_ATTEMPTS = 5;
const EXPIRY_BATCH = 200;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Redemptions: points and one unit of stock taken together, handed over once at the shop behind a
 * one-time code, or given back (cancelled by the holder, or expired) through new ledger entries.
 *
 * Every transaction here takes its row locks in one order — the redemption, then the reward, then
 * the points account — so that on MySQL a redemption and a refund of the same person and reward
 * racing each other wait rather than deadlock. (Inserting a redemption takes a shared lock on its
 * reward through the foreign key, so it comes after the reward's stock update, never before.)
 */
@Injectable()
export class RedemptionsService {
  private readonly expiresAfterMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly points: PointsService,
    private readonly cards: HouseholdCardsService,
    @Inject(CONFIG) config: Config,
  ) {
    this.expiresAfterMs = config.points.redemption.expiresAfterHours * HOUR_MS;
  }

  async redeem(caller: Caller, dto: RedemptionRequestDto, pending?: PendingAnswer): Promise<RedeemResponseDto> {
    const reward = await this.offered(dto.rewardId);
    const accountId = await this.points.ensureAccount({ userId: caller.userId });
    return this.tx.run(async (em) => {
      const { redemption, entry } = await this.take(em, reward, {
        accountId,
        requestedByUserId: caller.userId,
        status: 'pending',
        expiresAt: new Date(Date.now() + this.expiresAfterMs),
        fulfilledAt: null,
        fulfilledByUserId: null,
      });
      const loaded: LoadedRedemption = Object.assign(redemption, { reward });
      const answer = {
        ...RedemptionResponseDto.from(loaded, true),
        code: redemption.code,
        balance: entry.balanceAfter,
      };
      await pending?.record(em, answer);
      return answer;
    });
  }

  /**
   * A household card at its own cell's shop: the shopkeeper scans the card and hands the goods over at
   * once, so the redemption is made fulfilled, in the same transaction and lock order as `redeem`.
   */
  async redeemForCard(
    caller: Caller,
    dto: CardRedemptionDto,
    pending?: PendingAnswer,
  ): Promise<CardRedemptionResponseDto> {
    const reward = await this.offered(dto.rewardId);
    if (!caller.scopeIds('shopkeeper').includes(reward.shopId)) {
      throw new AppError('NOT_FOUND', 'Reward not found: not a reward of your shop');
    }
    const card = await this.cards.resolveQr(dto.householdCard);
    if (card.cellId !== reward.shop.cellId) {
      throw AppError.invalidField('householdCard', "belongs to another cell: a shop serves its own cell's households");
    }
    const accountId = await this.points.ensureAccount({ householdCardId: card.id });
    const now = new Date();
    return this.tx.run(async (em) => {
      const { redemption, entry } = await this.take(
        em,
        reward,
        {
          accountId,
          requestedByUserId: caller.userId,
          status: 'fulfilled',
          // Handed over as it is made: nothing is left to expire.
          expiresAt: now,
          fulfilledAt: now,
          fulfilledByUserId: caller.userId,
        },
        caller.userId,
      );
      const loaded: LoadedRedemption = Object.assign(redemption, { reward });
      const answer = {
        ...RedemptionResponseDto.from(loaded, false),
        code: null,
        householdCardId: card.id,
        holderName: card.holderName,
        balance: entry.balanceAfter,
      };
      await pending?.record(em, answer);
      return answer;
    });
  }

  /** Mine, newest first. */
  async listMine(caller: Caller, query: RedemptionListQueryDto): Promise<Page<RedemptionResponseDto>> {
    // By account, not by who asked: what a shopkeeper redeems for a household card is the card's.
    const account = await this.points.accountOf({ userId: caller.userId });
    const { skip, take } = pageWindow(query);
    const [rows, total] = account
      ? await this.dataSource.getRepository(Redemption).findAndCount({
          where: { accountId: account.id, ...(query.status && { status: query.status }) },
          relations: { reward: { shop: true } },
          order: { id: 'DESC' },
          skip,
          take,
        })
      : [[], 0];
    return toPage(query, rows as LoadedRedemption[], total, (r) => RedemptionResponseDto.from(r, true));
  }

  /** The holder sees it with its code; the shopkeeper of its shop without. */
  async get(caller: Caller, id: number): Promise<RedemptionResponseDto> {
    const r = await this.load(id);
    if (!r) throw AppError.notFound('Redemption');
    caller.assertCanSee({ ownerId: r.requestedByUserId, shopId: r.shopId }, ['shopkeeper'], 'Redemption');
    return RedemptionResponseDto.from(r, r.requestedByUserId === caller.userId);
  }

  /** The holder takes it back: status, stock and points are restored together. */
  async cancel(caller: Caller, id: number, pending?: PendingAnswer): Promise<RedeemResponseDto> {
    const r = await this.load(id);
    if (!r || r.requestedByUserId !== caller.userId) throw AppError.notFound('Redemption');
    return this.tx.run(async (em) => {
      const entry = await this.giveBack(em, r, 'cancelled');
      if (!entry) throw closedError((await this.load(id, em))?.status ?? r.status);
      // The guarded update changed only the status: no need to read the redemption again.
      const after = Object.assign(r, { status: 'cancelled' as const });
      const answer = { ...RedemptionResponseDto.from(after, true), code: after.code, balance: entry.balanceAfter };
      await pending?.record(em, answer);
      return answer;
    });
  }

  /**
   * The shopkeeper hands the goods over. Only a pending, unexpired code of one of the caller's shops
   * works, and only once: the guarded update lets one of two simultaneous scans through.
   */
  async fulfil(caller: Caller, dto: FulfilDto): Promise<FulfilResponseDto> {
    const code = normalizeRedemptionCode(dto.code);
    const r = await this.dataSource
      .getRepository(Redemption)
      .findOne({ where: { code }, relations: { reward: { shop: true } } });
    if (!r) throw AppError.notFound('Redemption code');
    if (!caller.scopeIds('shopkeeper').includes(r.shopId)) {
      throw new AppError('NOT_FOUND', 'Redemption code not found: not a code of your shop');
    }
    const now = new Date();
    if (r.status !== 'pending') throw closedError(r.status);
    if (r.expiresAt <= now) throw closedError('expired');
    const handover = { status: 'fulfilled' as const, fulfilledAt: now, fulfilledByUserId: caller.userId };
    const result = await this.tx.run((em) =>
      em
        .createQueryBuilder()
        .update(Redemption)
        .set(handover)
        .where('id = :id AND status = :pending AND expiresAt > :now', { id: r.id, pending: 'pending', now })
        .execute(),
    );
    if (!result.affected) throw closedError((await this.load(r.id))?.status ?? 'fulfilled');
    const holder = await this.dataSource
      .getRepository(User)
      .findOne({ where: { id: r.requestedByUserId }, select: { id: true, nickname: true } });
    // The guarded update changed exactly these fields: no need to read the redemption again.
    const after = Object.assign(r as LoadedRedemption, handover);
    return { ...RedemptionResponseDto.from(after, true), code: after.code, holderNickname: holder?.nickname ?? '' };
  }

  /**
   * Expires every pending redemption due at `now` and refunds it, one short transaction each; safe to
   * run beside cancellations, fulfilments and another run (each change is a guarded update). Returns
   * how many it expired.
   */
  async expireDue(now: Date = new Date()): Promise<number> {
    let expired = 0;
    let after = 0;
    for (;;) {
      const due = await this.dataSource
        .getRepository(Redemption)
        .createQueryBuilder('r')
        .where('r.status = :pending AND r.expiresAt <= :now AND r.id > :after', { pending: 'pending', now, after })
        .orderBy('r.id', 'ASC')
        .limit(EXPIRY_BATCH)
        .getMany();
      if (!due.length) return expired;
      for (const r of due) {
        if (await this.tx.run((em) => this.giveBack(em, r, 'expired', now))) expired++;
      }
      after = due[due.length - 1].id;
    }
  }

  /**
   * Moves a pending redemption to `to` and returns its points and its unit of stock, through a new
   * ledger entry; null when it was no longer pending (or, for expiry, not yet due).
   */
  private async giveBack(
    em: EntityManager,
    r: Redemption,
    to: Extract<RedemptionStatus, 'cancelled' | 'expired'>,
    dueAt?: Date,
  ): Promise<LedgerEntry | null> {
    const qb = em
      .createQueryBuilder()
      .update(Redemption)
      .set({ status: to })
      .where('id = :id AND status = :pending', { id: r.id, pending: 'pending' });
    if (dueAt) qb.andWhere('expiresAt <= :dueAt', { dueAt });
    if (!(await qb.execute()).affected) return null;
    await em
      .createQueryBuilder()
      .update(Reward)
      .set({ stock: () => 'stock + 1' })
      .where('id = :id', { id: r.rewardId })
      .execute();
    return this.points.apply(em, r.accountId, {
      kind: 'redemption_refund',
      amount: r.cost,
      refType: 'redemption',
      refId: r.id,
      note: to === 'cancelled' ? '取消兑换' : '兑换码过期',
    });
  }

  /** An active reward of an open shop, with its shop; 404 otherwise. */
  private async offered(rewardId: number): Promise<Reward & { shop: Shop }> {
    const reward = await this.dataSource
      .getRepository(Reward)
      .findOne({ where: { id: rewardId }, relations: { shop: true } });
    if (!reward?.shop || !reward.active || !reward.shop.active) throw AppError.notFound('Reward');
    return reward as Reward & { shop: Shop };
  }

  /**
   * Takes one unit of stock and the reward's cost from the account, and records the redemption, in
   * the lock order above: the stock guard, the redemption, then the points guard.
   */
  private async take(
    em: EntityManager,
    reward: Reward,
    fields: Pick<
      Redemption,
      'accountId' | 'requestedByUserId' | 'status' | 'expiresAt' | 'fulfilledAt' | 'fulfilledByUserId'
    >,
    actorUserId?: number,
  ): Promise<{ redemption: Redemption; entry: LedgerEntry }> {
    const taken = await em
      .createQueryBuilder()
      .update(Reward)
      .set({ stock: () => 'stock - 1' })
      .where('id = :id AND stock >= 1 AND active = :active', { id: reward.id, active: true })
      .execute();
    if (!taken.affected) {
      const now = await em.findOne(Reward, { where: { id: reward.id }, select: { id: true, active: true } });
      if (!now?.active) throw AppError.notFound('Reward');
      throw new AppError('OUT_OF_STOCK', `${reward.name} is out of stock`);
    }
    const redemption = await this.insertWithFreshCode(em, {
      ...fields,
      rewardId: reward.id,
      shopId: reward.shopId,
      cost: reward.cost,
    });
    // The guarded UPDATE in apply refuses a spend below zero; the throw rolls the stock back too.
    const entry = await this.points.apply(em, fields.accountId, {
      kind: 'redemption',
      amount: -reward.cost,
      refType: 'redemption',
      refId: redemption.id,
      actorUserId,
      note: reward.name,
    });
    return { redemption, entry };
  }

  private async insertWithFreshCode(
    em: EntityManager,
    fields: Omit<Redemption, 'id' | 'code' | 'createdAt' | 'updatedAt'>,
  ): Promise<Redemption> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await em.save(Redemption, em.create(Redemption, { ...fields, code: newRedemptionCode() }));
      } catch (error) {
        // A failed statement leaves the transaction usable on both databases: draw another code.
        if (!isUniqueViolation(error) || attempt >= CODE_ATTEMPTS) throw error;
      }
    }
  }

  private load(id: number, em: EntityManager = this.dataSource.manager): Promise<LoadedRedemption | null> {
    return em.findOne(Redemption, {
      where: { id },
      relations: { reward: { shop: true } },
    }) as Promise<LoadedRedemption | null>;
  }
}

function closedError(status: RedemptionStatus): AppError {
  const why = status === 'fulfilled' ? 'was already used' : status === 'pending' ? 'is still pending' : `was ${status}`;
  return new AppError('REDEMPTION_CLOSED', `This redemption code ${why}`);
}
