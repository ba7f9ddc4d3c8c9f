import { ACTIVITY_KINDS, type ActivityKind } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { Cell } from '../cells/cell.entity';
import { User } from '../users/user.entity';

/** Something a cell held (a publicity day, door-to-door training, a flea market…), logged by its manager. */
@Entity('cell_activities')
@Index('ix_cell_activities_cell_date', ['cellId', 'date'])
@Index('ix_cell_activities_date', ['date'])
export class CellActivity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  cellId: number;

  @ManyToOne(() => Cell, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cellId' })
  cell?: Cell;

  @Column({ type: 'simple-enum', enum: ACTIVITY_KINDS })
  kind: ActivityKind;

  /** The day it took place in China, `YYYY-MM-DD`: compared as text, so a month is a range of strings. */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'int' })
  attendance: number;

  /** Ids of photos in `images` (kind `activity`), in the order given. */
  @Column({ type: 'simple-json' })
  imageIds: string[];

  @Column({ type: 'int' })
  recordedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recordedByUserId' })
  recordedBy?: User;

  @CreatedAt()
  createdAt: Date;
}
