import type { CellType, Role, ScopeKind } from '../enums';

export interface RoleGrant {
  role: Role;
  /** Set for scoped roles: which cell, river segment or shop the role covers. */
  scopeKind?: ScopeKind | null;
  scopeId?: number | null;
}

/** Enough of the home cell to show it without another request. */
export interface HomeCellRef {
  id: number;
  name: string;
  type: CellType;
}

export interface UserResponse {
  id: number;
  nickname: string;
  avatarUrl: string | null;
  homeCellId: number | null;
  homeCell: HomeCellRef | null;
  roles: RoleGrant[];
  createdAt: string;
}

export interface UpdateMeRequest {
  nickname?: string;
  avatarUrl?: string | null;
  homeCellId?: number | null;
}

export interface SetRolesRequest {
  roles: RoleGrant[];
}
