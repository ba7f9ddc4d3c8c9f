const MINUTE_MS = 60 * 1000;

/**
 * Points for a drop under the daily cap: the base points, or what is left of the cap when less is
 * left (so the last drop of the day still earns the remainder). Null when nothing is left: refuse.
 */
export function dropAward(basePoints: number, earnedToday: number, dailyCap: number): number | null {
  const left = dailyCap - earnedToday;
  if (left <= 0) return null;
  return Math.min(basePoints, left);
}

/** When the same account may earn again at the same bin and category, after a drop at `lastAt`. */
export function cooldownEnds(lastAt: Date, cooldownMinutes: number): Date {
  return new Date(lastAt.getTime() + cooldownMinutes * MINUTE_MS);
}

/** The earliest drop time that still holds a new drop back. */
export function cooldownWindowStart(now: Date, cooldownMinutes: number): Date {
  return new Date(now.getTime() - cooldownMinutes * MINUTE_MS);
}
