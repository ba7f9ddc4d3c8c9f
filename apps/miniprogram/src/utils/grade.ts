import type { Grade } from '@zerowaste/shared';

/**
 * A grade's colour on charts and badges: the GB/T 19095 bin colours people already read as
 * good (food green, recyclable blue) and bad (hazardous red), and an amber between them.
 */
export const GRADE_COLOURS: Record<Grade, string> = {
  exemplary: '#00833e',
  qualified: '#005ca9',
  improving: '#a35f00',
  failing: '#e60012',
};

/** 86.5 → "86.5", 90 → "90": a total or points as the forms print them. */
export function formatScore(value: number): string {
  return String(Math.round(value * 10) / 10);
}
