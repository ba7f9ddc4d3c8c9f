import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaPeriodOf, shiftPeriod } from '@zerowaste/shared';
import { DataSource } from 'typeorm';
import { LockedJob } from '../../common/jobs/locked-job';
import { CONFIG, type Config } from '../../config/config';
import { select, sqlTime, write } from '../../database/sql';
import { TransactionRunner } from '../../database/transaction-runner';
import { ScoringService } from './scoring.service';

/**
 * Scores every cell for the month just ended, once: from 00:00 on the 1st (China time) the first
 * replica to take the lock scores the month and records the run in the same transaction; later
 * ticks, and other replicas, find the run and do nothing. A replica down on the 1st catches up later.
 * A run answers the number of cells scored, or null when the month was already done.
 */
@Injectable()
export class ScoringJob extends LockedJob<number | null> {
  protected readonly logger = new Logger(ScoringJob.name);

  constructor(
    private readonly scoring: ScoringService,
    private readonly tx: TransactionRunner,
    @InjectDataSource() dataSource: DataSource,
    @Inject(CONFIG) config: Config,
  ) {
    super(dataSource, { lockName: 'zerowaste:monthly-scores', everyMs: 10 * 60_000, enabled: config.app.jobsEnabled });
  }

  /** Scores the month before `now`'s unless done. */
  protected work(now: Date): Promise<number | null> {
    const period = shiftPeriod(chinaPeriodOf(now), -1);
    return this.tx.run(async (em) => {
      const done = await select(em, 'SELECT period FROM scoring_runs WHERE period = ?', [period]);
      if (done.length) return null;
      const scored = await this.scoring.scorePeriod(em, period, undefined, now);
      await write(em, 'INSERT INTO scoring_runs (period, scored, finishedAt) VALUES (?, ?, ?)', [
        period,
        scored,
        sqlTime(now),
      ]);
      return scored;
    });
  }

  protected report(scored: number | null): void {
    if (scored !== null) this.logger.log(`Scored ${scored} cell(s) for the month just ended`);
  }
}
