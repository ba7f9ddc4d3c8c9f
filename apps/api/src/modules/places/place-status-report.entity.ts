import { PLACE_STATUSES, type PlaceStatus } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Place } from './place.entity';

/** A resident's report that a place is full, broken or closed; it counts until `expiresAt` or a manager clears it. */
@Entity('place_status_reports')
@Index('ix_place_reports_place_expires', ['placeId', 'expiresAt'])
@Index('ix_place_reports_expires', ['expiresAt'])
export class PlaceStatusReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  placeId: number;

  @ManyToOne(() => Place, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placeId' })
  place?: Place;

  @Column({ type: 'simple-enum', enum: PLACE_STATUSES })
  status: PlaceStatus;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'datetime', precision: 6 })
  reportedAt: Date;

  /** Reported + PLACE_REPORT_HOURS; clearing sets it to the clearing moment. */
  @Column({ type: 'datetime', precision: 6 })
  expiresAt: Date;
}
