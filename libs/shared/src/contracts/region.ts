import type { RegionLevel } from '../enums';

export interface RegionNode {
  /** GB/T 2260 code: 6 digits down to county, 9 for a town, 12 for a community or village. */
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  children: RegionNode[];
}
