import type { NotificationTopic } from '@zerowaste/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';

/**
 * One consent a user gave in WeChat (`requestSubscribeMessage`) to one message of a topic, about a
 * record when given for one (a booking). WeChat lets each accepted consent carry one message, so a
 * consent is used once: `usedAt` is set by a guarded update when its message is queued.
 */
@Entity('notification_consents')
@Index('ix_notification_consents_ref', ['refType', 'refId', 'topic'])
export class NotificationConsent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 32 })
  topic: NotificationTopic;

  /** What the consent was given for (`pickup`), with `refId`; null for a consent about nothing in particular. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  refType: string | null;

  @Column({ type: 'int', nullable: true })
  refId: number | null;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  usedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
