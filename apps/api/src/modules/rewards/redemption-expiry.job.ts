import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobTimer } from '../../common/jobs/job-timer';
import { withNamedLock } from '../../common/jobs/named-lock';
import { CONFIG, type Config } from '../../config/config';
import { RedemptionsService } from './redemptions.service';

const EVERY_MS = 60_000;
const LOCK_NAME = 'zerowaste:expire-redemptions';

/** Refunds expired redemptions every minute, on one replica at a time (a named database lock). */
@Injectable()
export class RedemptionExpiryJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RedemptionExpiryJob.name);
  private readonly timer = new JobTimer(this.logger, EVERY_MS, async () => {
    const expired = await this.runOnce();
    if (expired) this.logger.log(`Expired and refunded ${expired} redemption(s)`);
  });

  constructor(
    private readonly redemptions: RedemptionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.app.jobsEnabled) this.timer.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.timer.stop();
  }

  /** One run; null when another replica holds the lock. */
  runOnce(now = new Date()): Promise<number | null> {
    return withNamedLock(this.dataSource, LOCK_NAME, () => this.redemptions.expireDue(now));
  }
}
