import type { Role, ScopeKind } from '../enums';
import type { CellRef } from './cell';

export interface RoleGrant {
  role: Role;
  /** Set for scoped roles: which cell, river segment or shop the role covers. */
  scopeKind?: ScopeKind | null;
  scopeId?: number | null;
}

export interface UserResponse {
  id: number;
  nickname: string;
  /** An https URL, or a path under `IMAGES_PATH` (an uploaded avatar) relative to the API's origin. */
  avatarUrl: string | null;
  homeCellId: number | null;
  /** Enough of the home cell to show it without another request. */
  homeCell: CellRef | null;
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
