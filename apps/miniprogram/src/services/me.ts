import type { UpdateMeRequest, UserResponse } from '@zerowaste/shared';
import { request, upload } from './http';

export function getMe(): Promise<UserResponse> {
  return request<UserResponse>('GET', '/me');
}

export function updateMe(changes: UpdateMeRequest): Promise<UserResponse> {
  return request<UserResponse>('PATCH', '/me', { body: changes });
}

/** Uploads a photo (a local temporary file) as my avatar; answers me with the new `avatarUrl`. */
export function uploadAvatar(filePath: string): Promise<UserResponse> {
  return upload<UserResponse>('/me/avatar', filePath);
}
