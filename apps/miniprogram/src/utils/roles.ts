import type { Role, UserResponse } from '@zerowaste/shared';

export function hasRole(user: UserResponse, role: Role): boolean {
  return user.roles.some((grant) => grant.role === role);
}

/** The ids a scoped role covers (an inspector's cells, a shopkeeper's shops), each once. */
export function scopeIds(user: UserResponse, role: Role): number[] {
  const ids = user.roles
    .filter((grant) => grant.role === role && typeof grant.scopeId === 'number')
    .map((grant) => grant.scopeId as number);
  return [...new Set(ids)];
}
