import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type WriteResult, write } from './sql';

/**
 * The unit of work. On MySQL each call is its own transaction on its own connection.
 * On SQLite TypeORM shares one query runner, so concurrent transactions would interleave
 * on one connection (49 of 50 failed in a probe): there they run one at a time.
 */
@Injectable()
export class TransactionRunner {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serialize: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialize = dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialize) return this.dataSource.transaction(work);
    const result = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** One write that commits by itself: on MySQL a single round trip, on SQLite in its turn. */
  writeOnce(sql: string, parameters: unknown[]): Promise<WriteResult> {
    if (!this.serialize) return write(this.dataSource.manager, sql, parameters);
    return this.run((em) => write(em, sql, parameters));
  }
}
