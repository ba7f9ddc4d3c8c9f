import { EVIDENCE_STATUSES, type EvidenceStatus } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/columns';
import { Cell } from '../../cells/cell.entity';

/**
 * What a cell's manager submits for a manual indicator and a month (a value, a note, photos); it
 * counts once an admin approves it, the latest approved one per indicator and month.
 */
@Entity('evidence')
@Index('ix_evidence_cell_period', ['cellId', 'period'])
@Index('ix_evidence_status', ['status', 'id'])
@Index('ix_evidence_period_status', ['period', 'status'])
export class Evidence {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  cellId: number;

  @ManyToOne(() => Cell, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cellId' })
  cell?: Cell;

  @Column({ type: 'varchar', length: 64 })
  indicatorKey: string;

  /** `YYYY-MM`. */
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'double' })
  value: number;

  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  /** Photos (images of kind `evidence`) the submitter uploaded. */
  @Column({ type: 'simple-json' })
  imageIds: string[];

  @Column({ type: 'simple-enum', enum: EVIDENCE_STATUSES, default: 'pending' })
  status: EvidenceStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ type: 'int' })
  submittedByUserId: number;

  @Column({ type: 'int', nullable: true })
  reviewedByUserId: number | null;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  reviewedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
