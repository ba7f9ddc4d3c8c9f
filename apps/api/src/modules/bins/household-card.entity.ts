import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { BIN_STATUSES, type BinStatus } from './bin.entity';
import { SignedLabelColumns } from './signed-label-columns';

/** A printed card for a household without a phone; an inspector or collector scans it at a bin. */
@Entity('household_cards')
@Index('uq_household_cards_code', ['code'], { unique: true })
@Index('ix_household_cards_cell', ['cellId'])
export class HouseholdCard extends SignedLabelColumns {
  /** Who holds the card, as the manager wrote it (e.g. 3 排 5 号 李大爷). */
  @Column({ type: 'varchar', length: 64 })
  holderName: string;

  @Column({ type: 'simple-enum', enum: BIN_STATUSES, default: 'active' })
  status: BinStatus;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
