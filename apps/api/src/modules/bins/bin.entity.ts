import { WASTE_CATEGORIES, type WasteCategory } from '@zerowaste/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { SignedLabelColumns } from './signed-label-columns';

export const BIN_STATUSES = ['active', 'retired'] as const;
export type BinStatus = (typeof BIN_STATUSES)[number];

/** A bin, or a sorting station of four bins (`category` null), with the QR label stuck on it. */
@Entity('bins')
@Index('uq_bins_code', ['code'], { unique: true })
@Index('ix_bins_cell', ['cellId'])
export class Bin extends SignedLabelColumns {
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
