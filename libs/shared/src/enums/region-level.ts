/** Levels of the GB/T 2260 administrative tree as the app uses it. */
export const REGION_LEVELS = ['province', 'city', 'county', 'town', 'community'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
