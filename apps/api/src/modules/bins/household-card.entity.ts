import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { Cell } from '../cells/cell.entity';
import { BIN_STATUSES, type BinStatus } from './bin.entity';

/** A printed card for a household without a phone; an inspector or collector scans it at a bin. */
@Entity('household_cards')
export class HouseholdCard {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('ix_household_cards_cell')
  @Column({ type: 'int' })
  cellId: number;

  @ManyToOne(() => Cell, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cellId' })
  cell?: Cell;

  @Index('uq_household_cards_code', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'int', default: 1 })
  codeVersion: number;

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
