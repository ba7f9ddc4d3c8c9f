import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, QueryFailedError } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { AppError } from '../errors/app-error';
import { IdempotencyRecord } from './idempotency-record.entity';

/** A request still marked in progress after this long is taken to have died (a crash, a lost replica). */
const ABANDONED_AFTER_MS = 2 * 60 * 1000;

export type Claim = { kind: 'new'; id: number } | { kind: 'replay'; status: number; body: unknown };

/**
 * Idempotency keys, with Stripe's semantics: the first request with a key runs; a retry with the same
 * key and body gets the first answer again; the same key with another body is refused (422); a retry
 * while the first still runs is refused (409). Keys are scoped to the user.
 */
@Injectable()
export class IdempotencyStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async claim(userId: number, key: string, fingerprint: string): Promise<Claim> {
    try {
      const id = await this.tx.run(async (em) => {
        const result = await em.insert(IdempotencyRecord, { userId, key, fingerprint, state: 'in_progress' });
        return result.identifiers[0].id as number;
      });
      return { kind: 'new', id };
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

  async complete(id: number, status: number, body: unknown): Promise<void> {
    await this.tx.run((em) =>
      em.update(
        IdempotencyRecord,
        { id },
        { state: 'completed', responseStatus: status, responseBody: JSON.stringify(body) },
      ),
    );
  }

  /** The request failed: forget the key, so that a retry runs again rather than replaying a failure. */
  async release(id: number): Promise<void> {
    await this.tx.run((em) => em.delete(IdempotencyRecord, { id, state: 'in_progress' }));
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
