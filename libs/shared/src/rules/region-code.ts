import type { RegionLevel } from '../enums';

/**
 * GB/T 2260 codes: 2 digits province, 4 city, 6 county; towns add 3 digits and
 * communities/villages 3 more (the statistics bureau's 12-digit extension).
 */
export function regionLevelOf(code: string): RegionLevel | null {
  if (!/^\d{6}(\d{3}(\d{3})?)?$/.test(code)) return null;
  if (code.length === 12) return 'community';
  if (code.length === 9) return 'town';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The code of the region directly above, or null for a province. */
export function parentRegionCode(code: string): string | null {
  const level = regionLevelOf(code);
  switch (level) {
    case 'community':
      return code.slice(0, 9);
    case 'town':
      return code.slice(0, 6);
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'city':
      return `${code.slice(0, 2)}0000`;
    default:
      return null;
  }
}

/** True when `code` is `ancestor` itself or lies below it in the tree. */
export function isWithinRegion(code: string, ancestor: string): boolean {
  let current: string | null = code;
  while (current) {
    if (current === ancestor) return true;
    current = parentRegionCode(current);
  }
  return false;
}

/** The prefix every code at or below `code` starts with (130500 → "1305"), for prefix queries. */
export function regionPrefix(code: string): string {
  switch (regionLevelOf(code)) {
    case 'province':
      return code.slice(0, 2);
    case 'city':
      return code.slice(0, 4);
    default:
      return code;
  }
}
