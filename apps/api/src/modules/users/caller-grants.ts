import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role, RoleGrant, ScopeKind } from '@zerowaste/shared';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../config/config';

/** Users whose grants one replica keeps at most; the least recently loaded go first. */
const MAX_USERS = 50_000;

/**
 * The roles (with scopes) of a signed-in user, which the auth guard needs on every request. Reading
 * them was a database round trip per request, as costly as the work of a typical read, so each
 * replica keeps them for a few seconds (GRANTS_CACHE_SECONDS): a change made through this replica
 * is seen at once, one made through another replica within that time (docs/decisions/006-hot-paths.md).
 */
@Injectable()
export class CallerGrants {
  private readonly ttlMs: number;
  private readonly known = new Map<number, { grants: RoleGrant[]; until: number }>();
  /** Bumped by every forget, so that a read begun before a change does not keep the old grants. */
  private generation = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) config: Config,
  ) {
    this.ttlMs = config.auth.grantsCacheTtl * 1000;
  }

  /** The user's grants, or null when the account does not exist. */
  async of(userId: number): Promise<RoleGrant[] | null> {
    const hit = this.known.get(userId);
    if (hit && hit.until > Date.now()) return hit.grants;
    const generation = this.generation;
    const grants = await this.read(userId);
    if (grants && this.ttlMs > 0 && generation === this.generation) this.remember(userId, grants);
    return grants;
  }

  /** Call after a committed change of the user's roles. */
  forget(userId: number): void {
    this.generation += 1;
    this.known.delete(userId);
  }

  private remember(userId: number, grants: RoleGrant[]): void {
    this.known.delete(userId);
    if (this.known.size >= MAX_USERS) this.known.delete(this.known.keys().next().value as number);
    this.known.set(userId, { grants, until: Date.now() + this.ttlMs });
  }

  /** One indexed query, no entity hydration: an empty list is a user without roles, no row no user. */
  private async read(userId: number): Promise<RoleGrant[] | null> {
    const rows: { role: Role | null; scopeKind: ScopeKind | null; scopeId: number | string | null }[] =
      await this.dataSource.query(
        'SELECT g.role AS role, g.scopeKind AS scopeKind, g.scopeId AS scopeId FROM users u LEFT JOIN role_grants g ON g.userId = u.id WHERE u.id = ? ORDER BY g.id',
        [userId],
      );
    if (!rows.length) return null;
    return rows
      .filter((row): row is typeof row & { role: Role } => row.role !== null)
      .map((row) => ({
        role: row.role,
        scopeKind: row.scopeKind,
        scopeId: row.scopeId === null ? null : Number(row.scopeId),
      }));
  }
}
