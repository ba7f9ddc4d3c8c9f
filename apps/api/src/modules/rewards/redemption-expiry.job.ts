import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LockedJob } from '../../common/jobs/locked-job';
import { CONFIG, type Config } from '../../config/config';
import { RedemptionsService } from './redemptions.service';

/** Refunds expired redemptions every minute, on one replica at a time (a named database lock). */
@Injectable()
export class RedemptionExpiryJob extends LockedJob<number> {
  protected readonly logger = new Logger(RedemptionExpiryJob.name);

  constructor(
    private readonly redemptions: RedemptionsService,
    @InjectDataSource() dataSource: DataSource,
    @Inject(CONFIG) config: Config,
  ) {
    super(dataSource, { lockName: 'zerowaste:expire-redemptions', everyMs: 60_000, enabled: config.app.jobsEnabled });
  }

  protected work(now: Date): Promise<number> {
    return this.redemptions.expireDue(now);
  }

  protected report(expired: number): void {
    if (expired) this.logger.log(`Expired and refunded ${expired} redemption(s)`);
  }
}
