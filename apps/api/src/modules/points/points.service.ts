import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LedgerKind, Page } from '@zerowaste/shared';
import { DataSource, type EntityManager, In, QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import type { PendingAnswer } from '../../common/idempotency/idempotency.store';
import { pageWindow, toPage } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { forUpdate, select, sqlTime, write } from '../../database/sql';
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

/** An account locked by this transaction, with its balance as the lock found it. */
export interface LockedAccount {
  id: number;
  balance: number;
}

/** Owners whose account id one replica remembers: an account, once made, never changes owner. */
const MAX_KNOWN_ACCOUNTS = 100_000;

/**
 * The points ledger. Every change writes an entry and moves the cached balance in the caller's
 * transaction, through one guarded UPDATE, so a balance never goes below zero and always equals the
 * sum of its entries, however many requests race. Hot statements are plain SQL (database/sql.ts).
 */
@Injectable()
export class PointsService {
  private readonly accountIds = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  /** The id of the owner's account, created on first use. Call outside a transaction (it may insert). */
  async ensureAccount(owner: AccountOwner): Promise<number> {
    const known = this.accountIds.get(ownerKey(owner));
    if (known !== undefined) return known;
    const repo = this.dataSource.getRepository(PointsAccount);
    let account = await repo.findOne({ where: owner, select: { id: true } });
    if (!account) {
      try {
        await this.tx.run((em) => em.insert(PointsAccount, { ...blankOwner(), ...owner, balance: 0 }));
      } catch (error) {
        // Two first earnings at once: the unique index keeps one account; use it.
        if (!(error instanceof QueryFailedError)) throw error;
      }
      account = await repo.findOneOrFail({ where: owner, select: { id: true } });
    }
    if (this.accountIds.size >= MAX_KNOWN_ACCOUNTS) this.accountIds.clear();
    this.accountIds.set(ownerKey(owner), account.id);
    return account.id;
  }

  /**
   * Locks the account row for the rest of the transaction (MySQL; SQLite transactions already run
   * one at a time), so that checks made before a change (cool-downs, caps) cannot race.
   */
  async lock(em: EntityManager, accountId: number): Promise<LockedAccount> {
    const [row] = await select<{ balance: number | string }>(
      em,
      `SELECT balance FROM points_accounts WHERE id = ?${forUpdate(em)}`,
      [accountId],
    );
    if (!row) throw AppError.notFound('Points account');
    return { id: accountId, balance: Number(row.balance) };
  }

  /**
   * Applies one change inside `em`'s transaction; a spend larger than the balance is refused. Given
   * the account this transaction locked, the new balance is known without reading it back (and
   * `account.balance` follows it); given only an id, it is read back from the row the UPDATE now holds.
   */
  async apply(em: EntityManager, account: LockedAccount | number, change: LedgerChange): Promise<LedgerEntry> {
    if (!Number.isInteger(change.amount) || change.amount === 0) {
      throw new Error(`A ledger change must be a non-zero whole number, got ${change.amount}`);
    }
    const accountId = typeof account === 'number' ? account : account.id;
    const now = new Date();
    const moved = await write(
      em,
      'UPDATE points_accounts SET balance = balance + ?, updatedAt = ? WHERE id = ? AND balance + ? >= 0',
      [change.amount, sqlTime(now), accountId, change.amount],
    );
    if (!moved.affected) {
      throw new AppError('INSUFFICIENT_POINTS', `Not enough points for ${-change.amount}`);
    }
    let balanceAfter: number;
    if (typeof account === 'number') {
      balanceAfter = (await this.lock(em, accountId)).balance;
    } else {
      account.balance += change.amount;
      balanceAfter = account.balance;
    }
    const entry = {
      accountId,
      kind: change.kind,
      amount: change.amount,
      balanceAfter,
      refType: change.refType ?? null,
      refId: change.refId ?? null,
      actorUserId: change.actorUserId ?? null,
      note: change.note ?? '',
      createdAt: now,
    };
    const { insertId } = await write(
      em,
      'INSERT INTO ledger_entries (accountId, kind, amount, balanceAfter, refType, refId, actorUserId, note, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        entry.accountId,
        entry.kind,
        entry.amount,
        entry.balanceAfter,
        entry.refType,
        entry.refId,
        entry.actorUserId,
        entry.note,
        sqlTime(now),
      ],
    );
    return em.create(LedgerEntry, { id: insertId, ...entry });
  }

  /** Sum of the account's entries of these kinds since `since` (for daily caps). */
  async earnedSince(em: EntityManager, accountId: number, kinds: readonly LedgerKind[], since: Date): Promise<number> {
    const earned = earnedSinceSql(accountId, kinds, since);
    const [row] = await select<{ total: number | string | null }>(
      em,
      `SELECT ${earned.sql} AS total`,
      earned.parameters,
    );
    return Number(row?.total ?? 0);
  }

  /** An admin's correction: a new entry that says who and why; it never takes a balance below zero. */
  async adjust(caller: Caller, dto: PointsAdjustmentDto, pending?: PendingAnswer): Promise<LedgerEntryDto> {
    if (!(await this.dataSource.getRepository(User).exists({ where: { id: dto.userId } }))) {
      throw AppError.notFound('User');
    }
    const accountId = await this.ensureAccount({ userId: dto.userId });
    return this.tx.run(async (em) => {
      const entry = await this.apply(em, await this.lock(em, accountId), {
        kind: 'adjustment',
        amount: dto.amount,
        actorUserId: caller.userId,
        note: dto.reason.trim(),
      });
      const answer = LedgerEntryDto.from(entry);
      await pending?.record(em, answer);
      return answer;
    });
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
    const [column, id] = 'userId' in owner ? ['userId', owner.userId] : ['householdCardId', owner.householdCardId];
    const rows: { balance: number }[] = await this.dataSource.query(
      `SELECT balance FROM points_accounts WHERE ${column} = ?`,
      [id],
    );
    return rows.length ? Number(rows[0].balance) : 0;
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

/**
 * `earnedSince` as a scalar subquery (null when nothing was earned), for a caller that reads it in the
 * same statement as its other checks.
 */
export function earnedSinceSql(
  accountId: number,
  kinds: readonly LedgerKind[],
  since: Date,
): { sql: string; parameters: unknown[] } {
  return {
    sql: `(SELECT SUM(amount) FROM ledger_entries WHERE accountId = ? AND createdAt >= ? AND kind IN (${kinds.map(() => '?').join(', ')}))`,
    parameters: [accountId, sqlTime(since), ...kinds],
  };
}

function ownerKey(owner: AccountOwner): string {
  return 'userId' in owner ? `u${owner.userId}` : `h${owner.householdCardId}`;
}

function blankOwner(): { userId: number | null; householdCardId: number | null } {
  return { userId: null, householdCardId: null };
}
