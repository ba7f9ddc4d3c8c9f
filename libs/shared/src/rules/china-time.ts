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

/** The calendar month (China time) `period` (`YYYY-MM`) covers: [start, end). */
export function chinaMonthRange(period: string): { start: Date; end: Date } {
  const [year, month] = period.split('-').map(Number);
  return {
    start: new Date(Date.UTC(year, month - 1, 1) - CHINA_OFFSET_MS),
    end: new Date(Date.UTC(year, month, 1) - CHINA_OFFSET_MS),
  };
}

/** The `YYYY-MM` month (China time) containing `at`. */
export function chinaPeriodOf(at: Date): string {
  const local = new Date(at.getTime() + CHINA_OFFSET_MS);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month `months` after `period` (negative: before). */
export function shiftPeriod(period: string, months: number): string {
  const [year, month] = period.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The day (China time) containing `at`, `YYYY-MM-DD`. */
export function chinaDateOf(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
