/** Roles a user can hold; several at once, some scoped (see `ScopeKind`). */
export const ROLES = [
  'resident',
  'collector',
  'inspector',
  'shopkeeper',
  'cell_manager',
  'river_chief',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  collector: '回收员',
  inspector: '督导员',
  shopkeeper: '积分超市店主',
  cell_manager: '社区/村管理员',
  river_chief: '河长',
  admin: '市级管理员',
};

/** What a role's scope points at: a manager and an inspector to cells, a chief to river segments, a shopkeeper to a shop. */
export const SCOPE_KINDS = ['cell', 'river_segment', 'shop'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const ROLE_SCOPE_KIND: Partial<Record<Role, ScopeKind>> = {
  cell_manager: 'cell',
  inspector: 'cell',
  river_chief: 'river_segment',
  shopkeeper: 'shop',
};
