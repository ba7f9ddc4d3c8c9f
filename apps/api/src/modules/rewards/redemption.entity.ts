import { REDEMPTION_STATUSES, type RedemptionStatus } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { Reward } from './reward.entity';

/** Points spent on a reward, waiting at the shop behind a one-time code until handed over. */
@Entity('redemptions')
@Index('ix_redemptions_account', ['accountId', 'id'])
@Index('ix_redemptions_status_expiry', ['status', 'expiresAt'])
export class Redemption {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  /** Who asked for it (the resident, or whoever acted for a household card). */
  @Column({ type: 'int' })
  requestedByUserId: number;

  @Column({ type: 'int' })
  rewardId: number;

  @ManyToOne(() => Reward, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rewardId' })
  reward?: Reward;

  @Column({ type: 'int' })
  shopId: number;

  @Column({ type: 'int' })
  cost: number;

  @Index('uq_redemptions_code', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'simple-enum', enum: REDEMPTION_STATUSES, default: 'pending' })
  status: RedemptionStatus;

  @Column({ type: 'datetime', precision: 6 })
  expiresAt: Date;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  fulfilledAt: Date | null;

  @Column({ type: 'int', nullable: true })
  fulfilledByUserId: number | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
