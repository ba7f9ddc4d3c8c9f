/** China has one time zone and no daylight saving: its day is UTC+8. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The day in China (Asia/Shanghai) at `at`, as `YYYY-MM-DD`. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a China day (`YYYY-MM-DD`) begins. */
export function chinaDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - CHINA_OFFSET_MS);
}

// FNV-1a, then a murmur3 finaliser so that nearby ids spread over the whole range.
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The day's questions for one user: the `count` items with the smallest hash of (user, day, item).
 * Unlike shuffling a list, this keeps the draw stable when admins edit the guide during the day:
 * a new item enters only if it outranks a drawn one, and hiding one item replaces only that item.
 */
export function drawQuestions<T extends { id: number }>(
  items: readonly T[],
  userId: number,
  day: string,
  count: number,
): T[] {
  return items
    .map((item) => ({ item, score: hash32(`${userId}:${day}:${item.id}`) }))
    .sort((a, b) => a.score - b.score || a.item.id - b.item.id)
    .slice(0, count)
    .map((s) => s.item);
}
