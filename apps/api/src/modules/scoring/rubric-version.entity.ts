import { CELL_TYPES, type CellType, type RubricDefinition } from '@zerowaste/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';

/**
 * One version of a cell type's rubric, kept forever: a score names the version it was computed
 * with, so it can be explained and recomputed the same way after the file has changed.
 */
@Entity('rubric_versions')
@Index('uq_rubric_versions_type_version', ['cellType', 'version'], { unique: true })
export class RubricVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'simple-enum', enum: CELL_TYPES })
  cellType: CellType;

  /** 1, 2, … per cell type. */
  @Column({ type: 'int' })
  version: number;

  /** sha256 of the rubric's canonical JSON. */
  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ type: 'simple-json' })
  content: RubricDefinition;

  @CreatedAt()
  createdAt: Date;
}
