import { Injectable } from '@nestjs/common';
import type { ScopeKind } from '@zerowaste/shared';

type ExistingIds = (ids: number[]) => Promise<number[]>;

/**
 * Which records a scoped role may point at. Each feature module registers how to check that its
 * records exist, so the users module can validate a grant without importing every feature.
 */
@Injectable()
export class ScopeTargets {
  private readonly checkers = new Map<ScopeKind, ExistingIds>();

  register(kind: ScopeKind, existing: ExistingIds): void {
    this.checkers.set(kind, existing);
  }

  /** The ids among `ids` that do not exist; all of them while no module serves that kind yet. */
  async missing(kind: ScopeKind, ids: number[]): Promise<number[]> {
    const checker = this.checkers.get(kind);
    if (!checker) return ids;
    const found = new Set(await checker([...new Set(ids)]));
    return ids.filter((id) => !found.has(id));
  }
}
