import type { WeeklySlot } from '../contracts/pickups';
import { chinaDayStart } from './china-time';

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const MINUTE_MS = 60 * 1000;

/** Minutes after midnight of `HH:MM`. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** The ISO weekday (1 Monday … 7 Sunday) of the China day that starts at `dayStart`. */
export function chinaWeekday(dayStart: Date): number {
  return ((new Date(dayStart.getTime() + CHINA_OFFSET_MS).getUTCDay() + 6) % 7) + 1;
}

/** The instant `YYYY-MM-DD` begins in China, or null for a date that does not exist. */
export function chinaDateStart(date: string): Date | null {
  const at = new Date(`${date}T00:00:00+08:00`);
  // 2026-02-30 parses as 2026-03-02 in some engines and as Invalid Date in others: both are refused.
  if (Number.isNaN(at.getTime())) return null;
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10) === date ? at : null;
}

export interface SlotTimes {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

/**
 * The slots the weekly template makes for `days` China days from the one containing `now`, leaving
 * out those already started. Entries whose end is not after their start make nothing.
 */
export function templateSlots(weekly: readonly WeeklySlot[], now: Date, days: number): SlotTimes[] {
  const first = chinaDayStart(now).getTime();
  const slots: SlotTimes[] = [];
  for (let d = 0; d < days; d++) {
    const dayStart = new Date(first + d * DAY_MS);
    const weekday = chinaWeekday(dayStart);
    for (const entry of weekly) {
      if (entry.weekday !== weekday) continue;
      const [start, end] = [minutesOf(entry.start), minutesOf(entry.end)];
      const startsAt = new Date(dayStart.getTime() + start * MINUTE_MS);
      if (end <= start || startsAt <= now) continue;
      slots.push({ startsAt, endsAt: new Date(dayStart.getTime() + end * MINUTE_MS), capacity: entry.capacity });
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
