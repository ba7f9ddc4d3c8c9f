import { WASTE_CATEGORIES, type WasteCategory, type WasteSubcategory } from '@zerowaste/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';

/** One everyday item of the sorting guide: which bin it goes in, and the mistake people make. */
@Entity('guide_items')
export class GuideItem {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_guide_items_name', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  name: string;

  /** Other names people type, as a JSON array. */
  @Column({ type: 'simple-json' })
  aliases: string[];

  @Column({ type: 'simple-enum', enum: WASTE_CATEGORIES })
  category: WasteCategory;

  @Column({ type: 'varchar', length: 32, nullable: true })
  subcategory: WasteSubcategory | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  tip: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
