import { CELL_TYPES, type CellType, GRADES, type Grade, type IndicatorScore } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Cell } from '../cells/cell.entity';

/** A cell's score for one month, with the rubric version and the breakdown it was computed from. */
@Entity('cell_scores')
@Index('uq_cell_scores_cell_period', ['cellId', 'period'], { unique: true })
@Index('ix_cell_scores_period_total', ['period', 'total'])
export class CellScore {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  cellId: number;

  @ManyToOne(() => Cell, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cellId' })
  cell?: Cell;

  /** `YYYY-MM`, China time. */
  @Column({ type: 'varchar', length: 7 })
  period: string;

  /** The cell's type when scored: it chose the rubric. */
  @Column({ type: 'simple-enum', enum: CELL_TYPES })
  cellType: CellType;

  @Column({ type: 'int' })
  rubricVersion: number;

  /** 0 … 100, two decimals. */
  @Column({ type: 'double' })
  total: number;

  @Column({ type: 'simple-enum', enum: GRADES })
  grade: Grade;

  /** Per indicator: key, name, weight, source, rule, raw, unit, target, points and the evidence used. */
  @Column({ type: 'simple-json' })
  indicators: IndicatorScore[];

  @Column({ type: 'datetime', precision: 6 })
  computedAt: Date;
}
