import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationStatus, NotificationTopic } from '@zerowaste/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CONFIG, type Config } from '../../config/config';
import { isPlaceholderTemplate } from '../../config/notifications.config';
import { select, sqlTime, write } from '../../database/sql';
import { TransactionRunner } from '../../database/transaction-runner';
import { UsersService } from '../users/users.service';
import { WechatClient } from '../wechat/wechat.client';
import { NotificationConsent } from './notification-consent.entity';
import { NotificationMessage } from './notification-message.entity';

/** The record a consent and its message are about, e.g. `{refType: 'pickup', refId: 12}`. */
export interface NotificationRef {
  refType: string;
  refId: number;
}

/** A message to queue: to whom, on which topic, about what, and the template's fields. */
export interface OutgoingMessage {
  userId: number;
  topic: NotificationTopic;
  ref: NotificationRef;
  /** The mini-program page it opens, with its query. */
  page: string;
  /** The template's fields by key; nothing personal (no phone number, no address). */
  data: Record<string, string>;
}

/** What one `sendDue` run did. */
export interface SendRun {
  sent: number;
  /** Failed this time and due again later. */
  retrying: number;
  /** Given up: a refusal that will not change, or the last try failed. */
  failed: number;
  /** Not sent: the topic's template id is still a placeholder (demo mode). */
  skipped: number;
}

interface DueRow {
  id: number;
  userId: number;
  topic: NotificationTopic;
  page: string;
  data: string | Record<string, { value: string }>;
  attempts: number;
}

const SEND_BATCH = 100;
const MAX_BACKOFF_SECONDS = 3600;

/**
 * WeChat subscription messages for every feature: a feature records the consents a user gave
 * (`recordConsents`) and later queues a message (`queue`), each in its own transaction; the job
 * sends the queue (`sendDue`) with retries, so that no request waits for WeChat.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly tx: TransactionRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly wechat: WechatClient,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Records the topics a user accepted about a record; each lets one message of its topic be sent. */
  async recordConsents(
    em: EntityManager,
    userId: number,
    topics: readonly NotificationTopic[],
    ref: NotificationRef,
  ): Promise<void> {
    const distinct = [...new Set(topics)];
    if (!distinct.length) return;
    await em.insert(
      NotificationConsent,
      distinct.map((topic) => ({ userId, topic, refType: ref.refType, refId: ref.refId, usedAt: null })),
    );
  }

  /** Of these records, those with a consent to `topic` not used yet (one query, for a job choosing whom to tell). */
  async withUnusedConsent(topic: NotificationTopic, refType: string, refIds: number[]): Promise<Set<number>> {
    if (!refIds.length) return new Set();
    const rows = await select<{ refId: number }>(
      this.dataSource.manager,
      `SELECT DISTINCT refId FROM notification_consents
        WHERE topic = ? AND refType = ? AND usedAt IS NULL AND refId IN (${refIds.map(() => '?').join(', ')})`,
      [topic, refType, ...refIds],
    );
    return new Set(rows.map((r) => Number(r.refId)));
  }

  /**
   * Queues a message when the user's consent to its topic about its record is still unused, and
   * uses that consent up; false (nothing queued) without one. Run it in the transaction of what the
   * message is about, so that both commit together. Of two runs at once, one takes the consent (a
   * guarded update) and the other queues nothing.
   */
  async queue(em: EntityManager, message: OutgoingMessage, now = new Date()): Promise<boolean> {
    const consents = await select<{ id: number }>(
      em,
      `SELECT id FROM notification_consents
        WHERE userId = ? AND topic = ? AND refType = ? AND refId = ? AND usedAt IS NULL ORDER BY id`,
      [message.userId, message.topic, message.ref.refType, message.ref.refId],
    );
    for (const { id } of consents) {
      const taken = await write(em, 'UPDATE notification_consents SET usedAt = ? WHERE id = ? AND usedAt IS NULL', [
        sqlTime(now),
        id,
      ]);
      if (!taken.affected) continue;
      await em.insert(NotificationMessage, {
        userId: message.userId,
        topic: message.topic,
        consentId: Number(id),
        page: message.page,
        data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }])),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        sentAt: null,
      });
      return true;
    }
    return false;
  }

  /**
   * Sends the messages due by `now`, oldest first. A passing failure is tried again after a growing
   * wait (`NOTIFY_RETRY_BASE_SECONDS`, doubled each time, up to an hour) until `NOTIFY_MAX_ATTEMPTS`;
   * a refusal that will not change is given up at once. Log lines name the message and the topic,
   * never the user, their openid or the message's fields.
   */
  async sendDue(now = new Date()): Promise<SendRun> {
    const run: SendRun = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
    const due = await select<DueRow>(
      this.dataSource.manager,
      `SELECT id, userId, topic, page, data, attempts FROM notification_outbox
        WHERE status = 'pending' AND nextAttemptAt <= ? ORDER BY id LIMIT ${SEND_BATCH}`,
      [sqlTime(now)],
    );
    if (!due.length) return run;
    const openids = await this.users.openidsOf([...new Set(due.map((m) => Number(m.userId)))]);
    for (const message of due) {
      const outcome = await this.sendOne(message, openids.get(Number(message.userId)), now);
      run[outcome] += 1;
    }
    return run;
  }

  private async sendOne(message: DueRow, openid: string | undefined, now: Date): Promise<keyof SendRun> {
    const templateId = this.config.notifications.templates[message.topic];
    if (isPlaceholderTemplate(templateId)) {
      await this.settle(message, 'skipped', now, 'placeholder template id');
      return 'skipped';
    }
    if (!openid) {
      await this.settle(message, 'failed', now, 'no such user');
      return 'failed';
    }
    const data = typeof message.data === 'string' ? JSON.parse(message.data) : message.data;
    const outcome = await this.wechat.sendSubscribeMessage({ touser: openid, templateId, page: message.page, data });
    if (outcome.ok) {
      await this.settle(message, 'sent', now, null);
      return 'sent';
    }
    const attempts = message.attempts + 1;
    const { maxAttempts, retryBaseSeconds } = this.config.notifications;
    const label = `Notification ${message.id} (${message.topic}) not sent: ${outcome.reason}`;
    if (!outcome.retry || attempts >= maxAttempts) {
      this.logger.warn(`${label}; given up after ${attempts} attempt(s)`);
      await this.settle(message, 'failed', now, outcome.reason);
      return 'failed';
    }
    const waitSeconds = Math.min(retryBaseSeconds * 2 ** (attempts - 1), MAX_BACKOFF_SECONDS);
    this.logger.warn(`${label}; attempt ${attempts} of ${maxAttempts}, next in ${waitSeconds} s`);
    await this.tx.writeOnce(
      `UPDATE notification_outbox SET attempts = ?, nextAttemptAt = ?, lastError = ?, updatedAt = ?
        WHERE id = ? AND status = 'pending'`,
      [
        attempts,
        sqlTime(new Date(now.getTime() + waitSeconds * 1000)),
        outcome.reason.slice(0, 120),
        sqlTime(now),
        message.id,
      ],
    );
    return 'retrying';
  }

  private async settle(message: DueRow, status: NotificationStatus, now: Date, error: string | null): Promise<void> {
    await this.tx.writeOnce(
      `UPDATE notification_outbox SET status = ?, attempts = ?, lastError = ?, sentAt = ?, updatedAt = ?
        WHERE id = ? AND status = 'pending'`,
      [
        status,
        message.attempts + (status === 'skipped' ? 0 : 1),
        error?.slice(0, 120) ?? null,
        status === 'sent' ? sqlTime(now) : null,
        sqlTime(now),
        message.id,
      ],
    );
  }
}
