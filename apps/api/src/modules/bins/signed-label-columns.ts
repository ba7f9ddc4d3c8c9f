import type { BinStatus } from '@zerowaste/shared';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Cell } from '../cells/cell.entity';

/**
 * The columns bins and household cards share: each belongs to a cell and carries a code that its QR
 * signs together with a version. Index names differ per table, so each entity declares its own.
 */
export abstract class SignedLabelColumns {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  cellId: number;

  @ManyToOne(() => Cell, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cellId' })
  cell?: Cell;

  /** Printed under the QR code and signed in it. */
  @Column({ type: 'varchar', length: 16 })
  code: string;

  /** Bumped when the label is re-issued: labels signed for an older version stop working. */
  @Column({ type: 'int', default: 1 })
  codeVersion: number;

  /** A column of each entity, declared after its own columns so that both tables keep their column order. */
  abstract status: BinStatus;
}
