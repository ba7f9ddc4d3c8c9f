import { randomUUID } from 'node:crypto';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../../common/decorators/public.decorator';
import { IdempotencyRecord } from '../../common/idempotency/idempotency-record.entity';
import { TransactionRunner } from '../../database/transaction-runner';

/**
 * Baselines for the benchmark scripts, mounted only with BENCH_ROUTES=1 outside production: the
 * cheapest route the app can serve, the floor any read of the database pays (one primary-key SELECT),
 * and the floor any write pays (one INSERT in one transaction).
 */
@ApiExcludeController()
@Public()
@Controller('bench')
export class BenchController {
  constructor(
    private readonly tx: TransactionRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('noop')
  noop(): { ok: true } {
    return { ok: true };
  }

  /** The floor any read of the database pays: one primary-key SELECT. */
  @Get('select')
  async select(): Promise<{ found: boolean }> {
    const rows: unknown[] = await this.dataSource.query('SELECT id FROM users WHERE id = ?', [1]);
    return { found: rows.length > 0 };
  }

  @Post('insert')
  @HttpCode(201)
  async insert(): Promise<{ id: number }> {
    const id = await this.tx.run(async (em) => {
      const result = await em.insert(IdempotencyRecord, {
        userId: 0,
        key: randomUUID(),
        fingerprint: 'bench',
        state: 'completed',
      });
      return result.identifiers[0].id as number;
    });
    return { id };
  }
}
