import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LedgerKind, Page } from '@zerowaste/shared';
import { DataSource, type EntityManager, In, QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import { pageWindow, toPage } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { TransactionRunner } from '../../database/transaction-runner';
import { User } from '../users/user.entity';
import { LedgerEntryDto, type PointsAdjustmentDto } from './dto/points.dto';
import { LedgerEntry } from './ledger-entry.entity';
import { PointsAccount } from './points-account.entity';

export type AccountOwner = { userId: number } | { householdCardId: number };

export interface LedgerChange {
  kind: LedgerKind;
  /** Positive earns, negative spends. */
  amount: number;
  refType?: string;
  refId?: number;
  actorUserId?: number;
  note?: string;
}

/**
 * The points ledger. Every change writes an entry and moves the cached balance in the caller's
 * transaction, through one guarded UPDATE, so a balance never goes below zero and always equals the
 * sum of its entries, however many requests race.
 */
@Injectable()
export class PointsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  /** The owner's account, created on first use. Call outside a transaction (it may insert). */
  async ensureAccount(owner: AccountOwner): Promise<PointsAccount> {
    const repo = this.dataSource.getRepository(PointsAccount);
    const existing = await repo.findOne({ where: owner });
    if (existing) return existing;
    try {
      await this.tx.run((em) => em.insert(PointsAccount, { ...blankOwner(), ...owner, balance: 0 }));
    } catch (error) {
      // Two first earnings at once: the unique index keeps one account; use it.
      if (!(error instanceof QueryFailedError)) throw error;
    }
    return repo.findOneOrFail({ where: owner });
  }

  /**
   * Locks the account row for the rest of the transaction (MySQL; SQLite transactions already run
   * one at a time), so that checks made before a change (cool-downs, caps) cannot race.
   */
  async lock(em: EntityManager, accountId: number): Promise<PointsAccount> {
    const qb = em.createQueryBuilder(PointsAccount, 'a').where('a.id = :accountId', { accountId });
    if (em.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write');
    const account = await qb.getOne();
    if (!account) throw AppError.notFound('Points account');
    return account;
  }

  /** Applies one change inside `em`'s transaction; a spend larger than the balance is refused. */
  async apply(em: EntityManager, accountId: number, change: LedgerChange): Promise<LedgerEntry> {
    if (!Number.isInteger(change.amount) || change.amount === 0) {
      throw new Error(`A ledger change must be a non-zero whole number, got ${change.amount}`);
    }
    const result = await em
      .createQueryBuilder()
      .update(PointsAccount)
      .set({ balance: () => 'balance + :amount' })
      .where('id = :accountId AND balance + :amount >= 0', { accountId, amount: change.amount })
      .execute();
    if (!result.affected) {
      throw new AppError('INSUFFICIENT_POINTS', `Not enough points for ${-change.amount}`);
    }
    const { balance } = await em.findOneOrFail(PointsAccount, {
      where: { id: accountId },
      select: { id: true, balance: true },
    });
    return em.save(
      LedgerEntry,
      em.create(LedgerEntry, {
        accountId,
        kind: change.kind,
        amount: change.amount,
        balanceAfter: balance,
        refType: change.refType ?? null,
        refId: change.refId ?? null,
        actorUserId: change.actorUserId ?? null,
        note: change.note ?? '',
      }),
    );
  }

  /** Sum of the account's entries of these kinds since `since` (for daily caps). */
  async earnedSince(em: EntityManager, accountId: number, kinds: LedgerKind[], since: Date): Promise<number> {
    const row = await em
      .createQueryBuilder(LedgerEntry, 'e')
      .select('COALESCE(SUM(e.amount), 0)', 'total')
      .where('e.accountId = :accountId', { accountId })
      .andWhere('e.kind IN (:...kinds)', { kinds })
      .andWhere('e.createdAt >= :since', { since })
      .getRawOne<{ total: string | number }>();
    return Number(row?.total ?? 0);
  }

  /** An admin's correction: a new entry that says who and why; it never takes a balance below zero. */
  async adjust(caller: Caller, dto: PointsAdjustmentDto): Promise<LedgerEntryDto> {
    if (!(await this.dataSource.getRepository(User).exists({ where: { id: dto.userId } }))) {
      throw AppError.notFound('User');
    }
    const account = await this.ensureAccount({ userId: dto.userId });
    const entry = await this.tx.run((em) =>
      this.apply(em, account.id, {
        kind: 'adjustment',
        amount: dto.amount,
        actorUserId: caller.userId,
        note: dto.reason.trim(),
      }),
    );
    return LedgerEntryDto.from(entry);
  }

  /** The owner's account, or null while they have none (a user before their first change). */
  accountOf(owner: AccountOwner): Promise<PointsAccount | null> {
    return this.dataSource.getRepository(PointsAccount).findOne({ where: owner });
  }

  /** Balances of many household cards in one query (0 for a card without an account). */
  async balancesOfCards(householdCardIds: number[]): Promise<Map<number, number>> {
    const balances = new Map(householdCardIds.map((id) => [id, 0]));
    if (!householdCardIds.length) return balances;
    const accounts = await this.dataSource
      .getRepository(PointsAccount)
      .find({ where: { householdCardId: In(householdCardIds) }, select: { householdCardId: true, balance: true } });
    for (const a of accounts) balances.set(a.householdCardId as number, a.balance);
    return balances;
  }

  async balanceOf(owner: AccountOwner): Promise<number> {
    const account = await this.accountOf(owner);
    return account?.balance ?? 0;
  }

  async entriesOf(owner: AccountOwner, query: PageQueryDto): Promise<Page<LedgerEntryDto>> {
    const account = await this.accountOf(owner);
    if (!account) return toPage(query, [], 0, LedgerEntryDto.from);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await this.dataSource.getRepository(LedgerEntry).findAndCount({
      where: { accountId: account.id },
      order: { id: 'DESC' },
      skip,
      take,
    });
    return toPage(query, rows, total, LedgerEntryDto.from);
  }
}

function blankOwner(): { userId: number | null; householdCardId: number | null } {
  return { userId: null, householdCardId: null };
}
