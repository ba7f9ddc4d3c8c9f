import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { Shop } from './shop.entity';

/** Goods a shop gives for points; stock changes only by guarded updates, never below zero. */
@Entity('rewards')
export class Reward {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('ix_rewards_shop')
  @Column({ type: 'int' })
  shopId: number;

  @ManyToOne(() => Shop, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shopId' })
  shop?: Shop;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 512, nullable: true })
  photoUrl: string | null;

  @Column({ type: 'int' })
  cost: number;

  @Column({ type: 'int' })
  stock: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
