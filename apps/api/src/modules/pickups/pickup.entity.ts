import {
  PICKUP_STATUSES,
  type PickupItem,
  type PickupStatus,
  type PickupSubscribeTopic,
  type PickupWeight,
} from '@zerowaste/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';

/**
 * A doorstep pickup booked by a resident. The phone and the address are stored only encrypted
 * (`PiiCipher`), beside masked copies that staff who are neither the owner nor the collector see.
 */
@Entity('pickups')
@Index('ix_pickups_user', ['userId', 'id'])
// A collector's round of a day, and the jobs' "open bookings starting between …".
@Index('ix_pickups_collector_start', ['collectorUserId', 'startsAt'])
@Index('ix_pickups_status_start', ['status', 'startsAt'])
// The recovered-kg measure: completed pickups of a month, by cell.
@Index('ix_pickups_status_ended', ['status', 'endedAt'])
export class Pickup {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'int' })
  areaId: number;

  /** The resident's home cell when they booked (what the scoring measure counts it for). */
  @Column({ type: 'int' })
  cellId: number;

  @Column({ type: 'int' })
  slotId: number;

  /** The slot's start, kept here so that rounds and reminders need no join. */
  @Column({ type: 'datetime', precision: 6 })
  startsAt: Date;

  @Column({ type: 'int', nullable: true })
  collectorUserId: number | null;

  @Column({ type: 'simple-enum', enum: PICKUP_STATUSES, default: 'booked' })
  status: PickupStatus;

  /** Units of the slot's capacity it holds (given back when cancelled). */
  @Column({ type: 'int' })
  units: number;

  @Column({ type: 'simple-json' })
  items: PickupItem[];

  /** `PiiCipher` ciphertext; null once erased. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  phoneEnc: string | null;

  /** `PiiCipher` ciphertext of `{text, lat, lng}`; null once erased. */
  @Column({ type: 'text', nullable: true })
  addressEnc: string | null;

  @Column({ type: 'varchar', length: 16 })
  phoneMasked: string;

  @Column({ type: 'varchar', length: 64 })
  addressMasked: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  note: string;

  /**
   * The subscription-message topics the resident accepted in WeChat when booking: each lets one
   * message be sent (the notifications module records and uses them from the `booked` event).
   */
  @Column({ type: 'simple-json' })
  subscribe: PickupSubscribeTopic[];

  @Column({ type: 'simple-json', nullable: true })
  weights: PickupWeight[] | null;

  @Column({ type: 'double', nullable: true })
  recycledKg: number | null;

  @Column({ type: 'double', nullable: true })
  co2eKg: number | null;

  @Column({ type: 'int', nullable: true })
  pointsAwarded: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  missedReason: string | null;

  @Column({ type: 'int', nullable: true })
  ratingStars: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  ratingComment: string | null;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  startedAt: Date | null;

  /** When it was completed, missed, cancelled or expired. */
  @Column({ type: 'datetime', precision: 6, nullable: true })
  endedAt: Date | null;

  /** When the erase job removed the phone and address (`PII_RETENTION_DAYS` after `endedAt`). */
  @Column({ type: 'datetime', precision: 6, nullable: true })
  piiErasedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
