import { CELL_STATUSES, CELL_TYPES, type CellStatus, type CellType } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { Region } from '../regions/region.entity';

/** A zero-waste cell (无废细胞): a community, village, school, shop... scored against its type's rubric. */
@Entity('cells')
@Index('ix_cells_region_type', ['regionCode', 'type'])
export class Cell {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Index('ix_cells_type')
  @Column({ type: 'simple-enum', enum: CELL_TYPES })
  type: CellType;

  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regionCode' })
  region?: Region;

  @Column({ type: 'varchar', length: 200, default: '' })
  address: string;

  @Column({ type: 'int', default: 0 })
  households: number;

  /** GCJ-02. */
  @Column({ type: 'double', nullable: true })
  lat: number | null;

  @Column({ type: 'double', nullable: true })
  lng: number | null;

  @Column({ type: 'simple-enum', enum: CELL_STATUSES, default: 'building' })
  status: CellStatus;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
