import type { RegionNode } from '@zerowaste/shared';
import { request } from './http';

/** The administrative divisions as a tree (GB/T 2260). */
export function getRegionTree(): Promise<RegionNode[]> {
  return request<RegionNode[]>('GET', '/regions', { auth: false });
}
