import type { UpdateMeRequest, UserResponse } from '@zerowaste/shared';
import { request } from './http';

export function getMe(): Promise<UserResponse> {
  return request<UserResponse>('GET', '/me');
}

export function updateMe(changes: UpdateMeRequest): Promise<UserResponse> {
  return request<UserResponse>('PATCH', '/me', { body: changes });
}
