import type { MetaResponse } from '@zerowaste/shared';
import { request } from './http';

export function getMeta(): Promise<MetaResponse> {
  return request<MetaResponse>('GET', '/meta', { auth: false });
}
