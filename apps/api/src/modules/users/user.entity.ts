import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { Cell } from '../cells/cell.entity';
import { RoleGrantEntity } from './role-grant.entity';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  /** WeChat's per-app user id; never sent to a client. */
  @Index('uq_users_openid', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  openid: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid: string | null;

  @Column({ type: 'varchar', length: 32, default: '' })
  nickname: string;

  @Column({ type: 'varchar', length: 512, nullable: true })
  avatarUrl: string | null;

  @Column({ type: 'int', nullable: true })
  homeCellId: number | null;

  @ManyToOne(() => Cell, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'homeCellId' })
  homeCell?: Cell | null;

  @OneToMany(
    () => RoleGrantEntity,
    (grant) => grant.user,
  )
  grants?: RoleGrantEntity[];

  @Column({ type: 'datetime', precision: 6, nullable: true })
  lastLoginAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
