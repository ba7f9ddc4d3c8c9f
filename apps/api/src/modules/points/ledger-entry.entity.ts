import { LEDGER_KINDS, type LedgerKind } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PointsAccount } from './points-account.entity';

/** One change of a balance. Entries are never updated or deleted: a correction is a new entry. */
@Entity('ledger_entries')
@Index('ix_ledger_entries_account', ['accountId', 'id'])
// Daily caps sum one account's entries of one day: without it the sum reads the account's whole history.
@Index('ix_ledger_entries_account_time', ['accountId', 'createdAt'])
export class LedgerEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => PointsAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accountId' })
  account?: PointsAccount;

  @Column({ type: 'simple-enum', enum: LEDGER_KINDS })
  kind: LedgerKind;

  /** Positive earns, negative spends. */
  @Column({ type: 'int' })
  amount: number;

  @Column({ type: 'int' })
  balanceAfter: number;

  /** What caused it: a drop, a redemption, a quiz attempt… */
  @Column({ type: 'varchar', length: 32, nullable: true })
  refType: string | null;

  @Column({ type: 'int', nullable: true })
  refId: number | null;

  /** Who made the change when it was not the owner (an admin's adjustment, an inspector's verdict). */
  @Column({ type: 'int', nullable: true })
  actorUserId: number | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  note: string;

  @CreatedAt()
  createdAt: Date;
}
