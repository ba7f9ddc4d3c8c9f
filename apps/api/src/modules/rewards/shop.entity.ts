import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { Cell } from '../cells/cell.entity';

/** A points shop (积分超市): a village shop or a community station where points buy goods. */
@Entity('shops')
export class Shop {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Index('ix_shops_cell')
  @Column({ type: 'int' })
  cellId: number;

  @ManyToOne(() => Cell, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cellId' })
  cell?: Cell;

  @Column({ type: 'double' })
  lat: number;

  @Column({ type: 'double' })
  lng: number;

  @Column({ type: 'int' })
  shopkeeperUserId: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
