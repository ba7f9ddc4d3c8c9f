import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaDayStart, nextChinaMidnight, type PickupItem } from '@zerowaste/shared';
import { DataSource } from 'typeorm';
import { LockedJob } from '../../common/jobs/locked-job';
import { CONFIG, type Config } from '../../config/config';
import { readTime, select, sqlTime } from '../../database/sql';
import { TransactionRunner } from '../../database/transaction-runner';
import { NotificationsService } from '../notifications/notifications.service';
import { PickupNotifications } from './pickup-notifications';
import { PickupsService } from './pickups.service';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
/** Reminders go out from 19:00 to 21:00 China time, for the next day's bookings. */
const REMINDER_FROM_HOUR = 19;
const REMINDER_UNTIL_HOUR = 21;
/** A booking still open this long after its slot ended was served by nobody: it expires. */
export const EXPIRE_GRACE_MS = 2 * HOUR_MS;
const REMINDER_BATCH = 500;

/** What one run did. */
export interface PickupJobsRun {
  reminded: number;
  expired: number;
  erased: number;
}

interface ReminderRow {
  id: number;
  userId: number;
  startsAt: Date | string;
  items: string | PickupItem[];
}

/**
 * The pickups' background work, every five minutes on one replica at a time (a named database lock):
 * the evening-before reminders, expiring bookings nobody served, and erasing phone numbers and
 * addresses `PII_RETENTION_DAYS` after a booking ended. Each step is safe to repeat: a reminder uses
 * its consent once, and the updates are guarded by status.
 */
@Injectable()
export class PickupJobs extends LockedJob<PickupJobsRun> {
  protected readonly logger = new Logger(PickupJobs.name);

  constructor(
    private readonly pickups: PickupsService,
    private readonly messages: PickupNotifications,
    private readonly notifications: NotificationsService,
    private readonly tx: TransactionRunner,
    @InjectDataSource() dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    super(dataSource, { lockName: 'zerowaste:pickup-jobs', everyMs: 5 * 60_000, enabled: config.app.jobsEnabled });
  }

  protected async work(now: Date): Promise<PickupJobsRun> {
    return {
      reminded: await this.remind(now),
      expired: await this.pickups.expireDue(now, EXPIRE_GRACE_MS),
      erased: await this.pickups.erasePersonalData(new Date(now.getTime() - this.config.pii.retentionDays * DAY_MS)),
    };
  }

  protected report({ reminded, expired, erased }: PickupJobsRun): void {
    if (reminded + expired + erased > 0) {
      this.logger.log(`Pickups: ${reminded} reminded, ${expired} expired, ${erased} erased`);
    }
  }

  /** In the evening (China time), queues a reminder for each of tomorrow's bookings whose owner consented. */
  private async remind(now: Date): Promise<number> {
    const hour = (now.getTime() - chinaDayStart(now).getTime()) / HOUR_MS;
    if (hour < REMINDER_FROM_HOUR || hour >= REMINDER_UNTIL_HOUR) return 0;
    const from = nextChinaMidnight(now);
    const until = nextChinaMidnight(from);
    let reminded = 0;
    let afterId = 0;
    for (;;) {
      const rows = await select<ReminderRow>(
        this.dataSource.manager,
        `SELECT id, userId, startsAt, items FROM pickups
          WHERE status = 'booked' AND startsAt >= ? AND startsAt < ? AND id > ? ORDER BY id LIMIT ${REMINDER_BATCH}`,
        [sqlTime(from), sqlTime(until), afterId],
      );
      if (!rows.length) return reminded;
      afterId = Number(rows.at(-1)?.id);
      const consented = await this.notifications.withUnusedConsent(
        'pickup_reminder',
        'pickup',
        rows.map((r) => Number(r.id)),
      );
      for (const row of rows.filter((r) => consented.has(Number(r.id)))) {
        const facts = {
          id: Number(row.id),
          userId: Number(row.userId),
          startsAt: readTime(row.startsAt),
          items: typeof row.items === 'string' ? (JSON.parse(row.items) as PickupItem[]) : row.items,
        };
        if (await this.tx.run((em) => this.messages.queueReminder(em, facts, now))) reminded += 1;
      }
    }
  }
}
