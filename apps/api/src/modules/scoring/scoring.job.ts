import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaPeriodOf, shiftPeriod } from '@zerowaste/shared';
import { DataSource } from 'typeorm';
import { JobTimer } from '../../common/jobs/job-timer';
import { withNamedLock } from '../../common/jobs/named-lock';
import { CONFIG, type Config } from '../../config/config';
import { select, sqlTime, write } from '../../database/sql';
import { TransactionRunner } from '../../database/transaction-runner';
import { ScoringService } from './scoring.service';

const EVERY_MS = 10 * 60_000;
const LOCK_NAME = 'zerowaste:monthly-scores';

/**
 * Scores every cell for the month just ended, once: from 00:00 on the 1st (China time) the first
 * replica to take the lock scores the month and records the run in the same transaction; later
 * ticks, and other replicas, find the run and do nothing. A replica down on the 1st catches up later.
 */
@Injectable()
export class ScoringJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ScoringJob.name);
  private readonly timer = new JobTimer(this.logger, EVERY_MS, async () => {
    const scored = await this.runOnce();
    if (scored !== null) this.logger.log(`Scored ${scored} cell(s) for the month just ended`);
  });

  constructor(
    private readonly scoring: ScoringService,
    private readonly tx: TransactionRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.app.jobsEnabled) this.timer.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.timer.stop();
  }

  /** Scores the month before `now`'s unless done; the number of cells scored, or null when nothing was done here. */
  async runOnce(now = new Date()): Promise<number | null> {
    const period = shiftPeriod(chinaPeriodOf(now), -1);
    const result = await withNamedLock(this.dataSource, LOCK_NAME, () =>
      this.tx.run(async (em) => {
        const done = await select(em, 'SELECT period FROM scoring_runs WHERE period = ?', [period]);
        if (done.length) return null;
        const scored = await this.scoring.scorePeriod(em, period, undefined, now);
        await write(em, 'INSERT INTO scoring_runs (period, scored, finishedAt) VALUES (?, ?, ?)', [
          period,
          scored,
          sqlTime(now),
        ]);
        return scored;
      }),
    );
    return result ?? null;
  }
}
