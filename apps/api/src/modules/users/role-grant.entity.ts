import { ROLES, type Role, SCOPE_KINDS, type ScopeKind } from '@zerowaste/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { User } from './user.entity';

/** One role a user holds, optionally scoped to one cell, river segment or shop. */
@Entity('role_grants')
@Index('ix_role_grants_scope', ['role', 'scopeKind', 'scopeId'])
export class RoleGrantEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(
    () => User,
    (user) => user.grants,
    { onDelete: 'CASCADE' },
  )
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'simple-enum', enum: ROLES })
  role: Role;

  @Column({ type: 'simple-enum', enum: SCOPE_KINDS, nullable: true })
  scopeKind: ScopeKind | null;

  @Column({ type: 'int', nullable: true })
  scopeId: number | null;

  @CreatedAt()
  createdAt: Date;
}
