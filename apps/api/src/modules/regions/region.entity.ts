import { REGION_LEVELS, type RegionLevel } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** An administrative division keyed by its GB/T 2260 code (extended to 9 and 12 digits below the county). */
@Entity('regions')
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'simple-enum', enum: REGION_LEVELS })
  level: RegionLevel;

  @Index('ix_regions_parent')
  @Column({ type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentCode' })
  parent?: Region | null;
}
