import { NOTIFICATION_STATUSES, type NotificationStatus, type NotificationTopic } from '@zerowaste/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';

/**
 * A subscription message waiting to be sent (the outbox): queued in the transaction of what it is
 * about, sent by `NotificationsJob` afterwards, so WeChat being slow or down never holds a request.
 * It names its user, not their openid, and its data holds no phone number or address.
 */
@Entity('notification_outbox')
@Index('ix_notification_outbox_due', ['status', 'nextAttemptAt'])
export class NotificationMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 32 })
  topic: NotificationTopic;

  /** The consent this message uses: unique, so that a consent carries one message at most. */
  @Index('uq_notification_outbox_consent', { unique: true })
  @Column({ type: 'int' })
  consentId: number;

  /** The mini-program page the message opens. */
  @Column({ type: 'varchar', length: 255 })
  page: string;

  /** The template's fields (`{thing1: {value}}`). */
  @Column({ type: 'simple-json' })
  data: Record<string, { value: string }>;

  @Column({ type: 'simple-enum', enum: NOTIFICATION_STATUSES, default: 'pending' })
  status: NotificationStatus;

  /** Sends tried so far. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'datetime', precision: 6 })
  nextAttemptAt: Date;

  /** Why the last try failed (an errcode or a network error), naming no person. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  lastError: string | null;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  sentAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
