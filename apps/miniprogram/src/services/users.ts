import type { Page, Role, RoleGrant, SetRolesRequest, UserResponse } from '@zerowaste/shared';
import { request } from './http';

/** Users for an admin: part of a nickname, or those holding a role. */
export function listUsers(query: { q?: string; role?: Role; page: number }): Promise<Page<UserResponse>> {
  return request<Page<UserResponse>>('GET', '/users', { query });
}

/** Replaces every role the user holds. */
export function setUserRoles(userId: number, roles: RoleGrant[]): Promise<UserResponse> {
  const body: SetRolesRequest = { roles };
  return request<UserResponse>('PUT', `/users/${userId}/roles`, { body });
}
