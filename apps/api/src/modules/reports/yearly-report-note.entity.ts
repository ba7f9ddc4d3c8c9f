import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UpdatedAt } from '../../database/columns';
import { Cell } from '../cells/cell.entity';
import { Region } from '../regions/region.entity';

/** What a person writes into a yearly report (a cell's by its manager, a region's by an admin). */
@Entity('yearly_report_notes')
@Index('uq_yearly_report_notes_year_subject', ['year', 'subject'], { unique: true })
export class YearlyReportNote {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  year: number;

  /** `cell:<id>` or `region:<code>`: one key for the unique index (NULLs would not collide in it). */
  @Column({ type: 'varchar', length: 24 })
  subject: string;

  @Column({ type: 'int', nullable: true })
  cellId: number | null;

  @ManyToOne(() => Cell, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cellId' })
  cell?: Cell | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'regionCode' })
  region?: Region | null;

  /** 总体情况. */
  @Column({ type: 'text' })
  overview: string;

  /** 主要做法和成效. */
  @Column({ type: 'text' })
  practices: string;

  /** 存在的问题及建议. */
  @Column({ type: 'text' })
  problems: string;

  @Column({ type: 'int', nullable: true })
  updatedByUserId: number | null;

  @UpdatedAt()
  updatedAt: Date;
}
