import { WASTE_CATEGORIES, type WasteCategory } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { Bin } from '../bins/bin.entity';

export const DROP_VERDICTS = ['correct', 'incorrect'] as const;
export type DropVerdict = (typeof DROP_VERDICTS)[number];

/** One scan at a bin (投放): who dropped what where, the points it earned, and the inspector's verdict. */
@Entity('drops')
@Index('ix_drops_cooldown', ['accountId', 'binId', 'category', 'createdAt'])
@Index('ix_drops_cell_time', ['cellId', 'createdAt'])
export class Drop {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  binId: number;

  @ManyToOne(() => Bin, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'binId' })
  bin?: Bin;

  @Column({ type: 'int' })
  cellId: number;

  @Column({ type: 'simple-enum', enum: WASTE_CATEGORIES })
  category: WasteCategory;

  /** The points account credited: the resident's own, or a household card's. */
  @Column({ type: 'int' })
  accountId: number;

  @Column({ type: 'int', nullable: true })
  householdCardId: number | null;

  /** Who scanned: the resident, or the inspector/collector who scanned a household card. */
  @Column({ type: 'int' })
  recordedByUserId: number;

  @Column({ type: 'int' })
  awarded: number;

  @Column({ type: 'simple-enum', enum: DROP_VERDICTS, nullable: true })
  verdict: DropVerdict | null;

  @Column({ type: 'int', nullable: true })
  verdictByUserId: number | null;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  verdictAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
