/** China has one time zone, UTC+8, without daylight saving: "today" for daily caps is China's day. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The instant China's day containing `at` began (00:00 Beijing time). */
export function chinaDayStart(at: Date): Date {
  const local = at.getTime() + CHINA_OFFSET_MS;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - CHINA_OFFSET_MS);
}

/** The next 00:00 Beijing time after `at`. */
export function nextChinaMidnight(at: Date): Date {
  return new Date(chinaDayStart(at).getTime() + DAY_MS);
}
