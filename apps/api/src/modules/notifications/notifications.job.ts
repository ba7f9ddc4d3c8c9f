import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LockedJob } from '../../common/jobs/locked-job';
import { CONFIG, type Config } from '../../config/config';
import { NotificationsService, type SendRun } from './notifications.service';

/** Sends the queued subscription messages every 10 seconds, on one replica at a time (a named database lock). */
@Injectable()
export class NotificationsJob extends LockedJob<SendRun> {
  protected readonly logger = new Logger(NotificationsJob.name);

  constructor(
    private readonly notifications: NotificationsService,
    @InjectDataSource() dataSource: DataSource,
    @Inject(CONFIG) config: Config,
  ) {
    // Often, so that "the collector is on the way" arrives while it is still true.
    super(dataSource, { lockName: 'zerowaste:send-notifications', everyMs: 10_000, enabled: config.app.jobsEnabled });
  }

  protected work(now: Date): Promise<SendRun> {
    return this.notifications.sendDue(now);
  }

  protected report({ sent, retrying, failed }: SendRun): void {
    if (sent + retrying + failed > 0) {
      this.logger.log(`Notifications: ${sent} sent, ${retrying} to retry, ${failed} given up`);
    }
  }
}
