import { WASTE_CATEGORIES, type WasteCategory } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { Cell } from '../cells/cell.entity';

export const BIN_STATUSES = ['active', 'retired'] as const;
export type BinStatus = (typeof BIN_STATUSES)[number];

/** A bin, or a sorting station of four bins (`category` null), with the QR label stuck on it. */
@Entity('bins')
export class Bin {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('ix_bins_cell')
  @Column({ type: 'int' })
  cellId: number;

  @ManyToOne(() => Cell, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cellId' })
  cell?: Cell;

  /** Printed on the label and signed in its QR code. */
  @Index('uq_bins_code', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  code: string;

  /** Bumped when the label is re-issued: labels signed for an older version stop working. */
  @Column({ type: 'int', default: 1 })
  codeVersion: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'simple-enum', enum: WASTE_CATEGORIES, nullable: true })
  category: WasteCategory | null;

  @Column({ type: 'double' })
  lat: number;

  @Column({ type: 'double' })
  lng: number;

  @Column({ type: 'simple-enum', enum: BIN_STATUSES, default: 'active' })
  status: BinStatus;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
