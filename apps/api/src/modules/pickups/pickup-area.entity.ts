import type { WeeklySlot } from '@zerowaste/shared';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';

/** A pickup area (回收片区): cells served by collectors, with the weekly template its slots come from. */
@Entity('pickup_areas')
export class PickupArea {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  /** Slots made for every coming week (China time); empty until an admin or manager sets it. */
  @Column({ type: 'simple-json' })
  weekly: WeeklySlot[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

/** A cell of an area. A cell is in at most one area, so a resident's home cell names their area. */
@Entity('pickup_area_cells')
@Index('ix_pickup_area_cells_area', ['areaId'])
export class PickupAreaCell {
  @PrimaryColumn({ type: 'int' })
  cellId: number;

  @Column({ type: 'int' })
  areaId: number;
}

/** A collector serving an area (they may serve several). */
@Entity('pickup_area_collectors')
export class PickupAreaCollector {
  @PrimaryColumn({ type: 'int' })
  areaId: number;

  @PrimaryColumn({ type: 'int' })
  userId: number;
}
