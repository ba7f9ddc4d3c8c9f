import { ROLE_SCOPE_KIND, type Role, type RoleGrant, type ScopeKind } from '@zerowaste/shared';
import { AppError } from '../errors/app-error';

/** The fields a record may carry that tie it to an owner or to a scope. */
export interface ScopedRecord {
  ownerId?: number | null;
  cellId?: number | null;
  riverSegmentId?: number | null;
  shopId?: number | null;
}

const SCOPE_FIELD: Record<ScopeKind, keyof ScopedRecord> = {
  cell: 'cellId',
  river_segment: 'riverSegmentId',
  shop: 'shopId',
};

/** Who is asking: the signed-in user and the roles (with scopes) they hold right now. */
export class Caller {
  constructor(
    readonly userId: number,
    readonly grants: readonly RoleGrant[],
  ) {}

  has(role: Role): boolean {
    return this.grants.some((g) => g.role === role);
  }

  hasAny(roles: readonly Role[]): boolean {
    return roles.some((role) => this.has(role));
  }

  get isAdmin(): boolean {
    return this.has('admin');
  }

  /** The ids a scoped role covers for this caller, e.g. the cells they manage. */
  scopeIds(role: Role): number[] {
    const kind = ROLE_SCOPE_KIND[role];
    return this.grants
      .filter((g) => g.role === role && g.scopeKind === kind && typeof g.scopeId === 'number')
      .map((g) => g.scopeId as number);
  }

  /**
   * True when the record is the caller's own, or lies in the scope of one of `roles`
   * (an admin sees everything).
   */
  canSee(record: ScopedRecord, roles: readonly Role[] = []): boolean {
    if (this.isAdmin) return true;
    if (record.ownerId != null && record.ownerId === this.userId) return true;
    return roles.some((role) => {
      const kind = ROLE_SCOPE_KIND[role];
      if (!kind) return false;
      const id = record[SCOPE_FIELD[kind]];
      return id != null && this.scopeIds(role).includes(id);
    });
  }

  /** Answers 404 rather than 403 so that a caller cannot probe which ids exist outside their scope. */
  assertCanSee(record: ScopedRecord, roles: readonly Role[], what: string): void {
    if (!this.canSee(record, roles)) throw AppError.notFound(what);
  }
}
