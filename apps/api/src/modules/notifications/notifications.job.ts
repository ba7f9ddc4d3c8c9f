import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobTimer } from '../../common/jobs/job-timer';
import { withNamedLock } from '../../common/jobs/named-lock';
import { CONFIG, type Config } from '../../config/config';
import { NotificationsService, type SendRun } from './notifications.service';

// Often, so that "the collector is on the way" arrives while it is still true.
const EVERY_MS = 10_000;
const LOCK_NAME = 'zerowaste:send-notifications';

/** Sends the queued subscription messages every 10 seconds, on one replica at a time (a named database lock). */
@Injectable()
export class NotificationsJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationsJob.name);
  private readonly timer = new JobTimer(this.logger, EVERY_MS, async () => {
    const run = await this.runOnce();
    if (run && run.sent + run.failed + run.retrying > 0) {
      this.logger.log(`Notifications: ${run.sent} sent, ${run.retrying} to retry, ${run.failed} given up`);
    }
  });

  constructor(
    private readonly notifications: NotificationsService,
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
  runOnce(now = new Date()): Promise<SendRun | null> {
    return withNamedLock(this.dataSource, LOCK_NAME, () => this.notifications.sendDue(now));
  }
}
