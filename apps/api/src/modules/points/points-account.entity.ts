import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { HouseholdCard } from '../bins/household-card.entity';
import { User } from '../users/user.entity';

/**
 * Whose points: a user, or a household card. The balance is a cache of the ledger's sum, changed
 * only together with a new entry, in one transaction, by a guarded UPDATE that never takes it below zero.
 */
@Entity('points_accounts')
export class PointsAccount {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_points_accounts_user', { unique: true })
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Index('uq_points_accounts_household', { unique: true })
  @Column({ type: 'int', nullable: true })
  householdCardId: number | null;

  @ManyToOne(() => HouseholdCard, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'householdCardId' })
  householdCard?: HouseholdCard;

  @Column({ type: 'int', default: 0 })
  balance: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
