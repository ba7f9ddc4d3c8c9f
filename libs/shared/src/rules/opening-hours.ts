/*
 * Opening hours of a place, in one text form (a small subset of OpenStreetMap's `opening_hours`):
 *
 *   Mo-Fr 08:00-18:00; Sa 09:00-12:00,14:00-17:00; Su off; 2026-10-01 off; 2026-10-02 10:00-16:00
 *   22:00-06:00              every day, overnight (an end before the start runs into the next day)
 *   24/7                     always open
 *
 * Rules are separated by `;`. A rule names days (`Mo`…`Su`, ranges `Mo-Fr` and lists `Mo,We,Fr`;
 * none = every day) or one date (`YYYY-MM-DD`, an exception), then time ranges `HH:MM-HH:MM` (comma
 * separated; `24:00` ends at midnight) or `off`. A later rule for a weekday replaces an earlier one, as
 * in OpenStreetMap. Times are China time (UTC+8).
 */
import { chinaDateOf } from './china-time';

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `from` ≤ `to` within a day; `to` < `from` (or equal, not 00:00) runs overnight into the next day. */
export interface TimeRange {
  /** `HH:MM`, 00:00–23:59. */
  from: string;
  /** `HH:MM`, 00:00–24:00. */
  to: string;
}

export interface OpeningHours {
  /** Each weekday's ranges; an empty list = closed that day. */
  week: Record<Weekday, TimeRange[]>;
  /** Dated exceptions (`YYYY-MM-DD` → ranges, empty = closed), replacing that day's weekly hours. */
  exceptions: Record<string, TimeRange[]>;
}

export type OpeningHoursParse = { ok: true; hours: OpeningHours } | { ok: false; error: string };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MINUTES = 24 * 60;

/** Parses the text form; the error names the rule that is wrong, in English, for an import report. */
export function parseOpeningHours(text: string): OpeningHoursParse {
  const week = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as TimeRange[]])) as Record<Weekday, TimeRange[]>;
  const exceptions: Record<string, TimeRange[]> = {};
  const rules = text
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean);
  if (!rules.length) return { ok: false, error: 'is empty' };
  for (const rule of rules) {
    if (rule === '24/7') {
      for (const d of WEEKDAYS) week[d] = [{ from: '00:00', to: '24:00' }];
      continue;
    }
    const [first, ...rest] = rule.split(/\s+/);
    const hasSelector = !/^\d{2}:\d{2}/.test(first) && first !== 'off';
    const selector = hasSelector ? first : null;
    const rangesText = (hasSelector ? rest : [first, ...rest]).join('');
    const ranges = parseRanges(rangesText);
    if (typeof ranges === 'string') return { ok: false, error: `"${rule}": ${ranges}` };
    if (selector && DATE.test(selector)) {
      if (chinaDateOf(new Date(`${selector}T12:00:00+08:00`)) !== selector) {
        return { ok: false, error: `"${rule}": ${selector} is not a day of the calendar` };
      }
      exceptions[selector] = ranges;
      continue;
    }
    const days = selector ? parseDays(selector) : [...WEEKDAYS];
    if (typeof days === 'string') return { ok: false, error: `"${rule}": ${days}` };
    for (const d of days) week[d] = ranges;
  }
  return { ok: true, hours: { week, exceptions } };
}

function parseRanges(text: string): TimeRange[] | string {
  if (text === 'off') return [];
  if (!text) return 'needs time ranges HH:MM-HH:MM or off';
  const ranges: TimeRange[] = [];
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-');
    if (extra !== undefined || !from || !to || !TIME.test(from) || !TIME.test(to) || from === '24:00') {
      return `"${part}" is not a time range HH:MM-HH:MM`;
    }
    if (from === to) return `"${part}" is empty`;
    ranges.push({ from, to });
  }
  return ranges;
}

function parseDays(text: string): Weekday[] | string {
  const days: Weekday[] = [];
  for (const part of text.split(',')) {
    const [a, b, extra] = part.split('-');
    const start = WEEKDAYS.indexOf(a as Weekday);
    const end = b === undefined ? start : WEEKDAYS.indexOf(b as Weekday);
    if (extra !== undefined || start < 0 || end < 0) return `"${part}" is not a day (Mo Tu We Th Fr Sa Su) or a date`;
    // Fr-Mo wraps over the weekend.
    for (let i = start; ; i = (i + 1) % 7) {
      days.push(WEEKDAYS[i]);
      if (i === end) break;
    }
  }
  return days;
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function isOvernight(r: TimeRange): boolean {
  return minutes(r.to) < minutes(r.from);
}

/** The ranges that apply to a China day: its exception if it has one, else its weekday's. */
function rangesOn(hours: OpeningHours, date: string): TimeRange[] {
  if (date in hours.exceptions) return hours.exceptions[date];
  // Noon of the day in China falls on the same UTC day, so getUTCDay is China's weekday.
  const weekday = (new Date(`${date}T12:00:00+08:00`).getUTCDay() + 6) % 7;
  return hours.week[WEEKDAYS[weekday]];
}

/**
 * Whether the place is open at `at`, in China time. An overnight range belongs to the day it starts:
 * `Fr 22:00-06:00` is open on Saturday at 05:59, and an exception closing Saturday does not cut it short;
 * an exception closing Friday does.
 */
export function openNow(hours: OpeningHours, at: Date): boolean {
  const today = chinaDateOf(at);
  const yesterday = chinaDateOf(new Date(at.getTime() - DAY_MINUTES * 60_000));
  const local = new Date(at.getTime() + 8 * 3600_000);
  const now = local.getUTCHours() * 60 + local.getUTCMinutes();
  const openToday = rangesOn(hours, today).some((r) =>
    isOvernight(r) ? now >= minutes(r.from) : now >= minutes(r.from) && now < minutes(r.to),
  );
  return openToday || rangesOn(hours, yesterday).some((r) => isOvernight(r) && now < minutes(r.to));
}
