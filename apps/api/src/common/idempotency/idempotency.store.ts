import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, LessThan, QueryFailedError } from 'typeorm';
import { sqlTime, write } from '../../database/sql';
import { TransactionRunner } from '../../database/transaction-runner';
import { AppError } from '../errors/app-error';
import { IdempotencyRecord } from './idempotency-record.entity';

/** A request still marked in progress after this long is taken to have died (a crash, a lost replica). */
const ABANDONED_AFTER_MS = 2 * 60 * 1000;

export type Claim = { kind: 'new'; id: number } | { kind: 'replay'; status: number; body: unknown };

/**
 * The claimed key of an idempotent request, waiting for its answer. The route hands it to its service
 * (`@IdempotentAnswer()`), whose transaction records the answer with its effect.
 */
export class PendingAnswer {
  private recordedIn = false;

  constructor(
    private readonly store: IdempotencyStore,
    readonly id: number,
    readonly status: number,
  ) {}

  /** Records the answer in the route's own transaction `em`: call it with exactly what the route returns. */
  async record(em: EntityManager, body: unknown): Promise<void> {
    await this.store.completeIn(em, this.id, this.status, body);
    this.recordedIn = true;
  }

  /** True once a transaction recorded it (whether that transaction committed is the caller's to know). */
  get recorded(): boolean {
    return this.recordedIn;
  }
}

/**
 * Idempotency keys, with Stripe's semantics: the first request with a key runs; a retry with the same
 * key and body gets the first answer again; the same key with another body is refused (422); a retry
 * while the first still runs is refused (409). Keys are scoped to the user.
 *
 * The answer is best written by the route's own transaction (`PendingAnswer.record`), so that the
 * effect and the answer commit together: a crash between them could otherwise let a retry repeat it.
 */
@Injectable()
export class IdempotencyStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async claim(userId: number, key: string, fingerprint: string): Promise<Claim> {
    const now = sqlTime(new Date());
    try {
      // A single statement in its own commit: a concurrent retry must see the key as taken at once.
      const { insertId } = await this.tx.writeOnce(
        "INSERT INTO idempotency_records (userId, `key`, fingerprint, state, createdAt, updatedAt) VALUES (?, ?, ?, 'in_progress', ?, ?)",
        [userId, key, fingerprint, now, now],
      );
      return { kind: 'new', id: insertId };
    } catch (error) {
      if (!(error instanceof QueryFailedError)) throw error;
    }
    const existing = await this.dataSource.getRepository(IdempotencyRecord).findOneOrFail({ where: { userId, key } });
    if (existing.fingerprint !== fingerprint) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request');
    }
    if (existing.state === 'completed') {
      return {
        kind: 'replay',
        status: existing.responseStatus ?? 200,
        body: JSON.parse(existing.responseBody ?? 'null'),
      };
    }
    if (await this.takeOverAbandoned(existing)) return { kind: 'new', id: existing.id };
    throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed');
  }

  /** The answer of a route that did not record it in its own transaction. */
  async complete(id: number, status: number, body: unknown): Promise<void> {
    await this.tx.run((em) => this.completeIn(em, id, status, body));
  }

  /** The request failed: forget the key, so that a retry runs again rather than replaying a failure. */
  async release(id: number): Promise<void> {
    await this.tx.writeOnce("DELETE FROM idempotency_records WHERE id = ? AND state = 'in_progress'", [id]);
  }

  async completeIn(em: EntityManager, id: number, status: number, body: unknown): Promise<void> {
    await write(
      em,
      "UPDATE idempotency_records SET state = 'completed', responseStatus = ?, responseBody = ?, updatedAt = ? WHERE id = ?",
      [status, JSON.stringify(body), sqlTime(new Date()), id],
    );
  }

  private async takeOverAbandoned(record: IdempotencyRecord): Promise<boolean> {
    const cutoff = new Date(Date.now() - ABANDONED_AFTER_MS);
    if (record.updatedAt >= cutoff) return false;
    // Only one retry may take it over: the guard on updatedAt makes the update a compare-and-set.
    const result = await this.tx.run((em) =>
      em.update(
        IdempotencyRecord,
        { id: record.id, state: 'in_progress', updatedAt: LessThan(cutoff) },
        { updatedAt: new Date() },
      ),
    );
    return Boolean(result.affected);
  }
}
