/** 850 米 / 1.2 公里 / 23 公里. */
export function formatDistance(meters: number): string {
  if (!Number.isFinite(meters) || meters < 0) return '';
  if (meters < 1000) return `${Math.max(1, Math.round(meters / 10) * 10)} 米`;
  const km = meters / 1000;
  return km < 10 ? `${km.toFixed(1)} 公里` : `${Math.round(km)} 公里`;
}

export function greetingFor(date: Date): string {
  const hour = date.getHours();
  if (hour < 5) return '夜深了';
  if (hour < 11) return '早上好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** 11月30日 16:05 (this year) or 2025年11月30日 16:05, in the device's time zone. */
export function formatDateTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return date.getFullYear() === now.getFullYear() ? day : `${date.getFullYear()}年${day}`;
}

/** +2 / −10 with a real minus sign, for ledger amounts. */
export function formatPoints(amount: number): string {
  return amount > 0 ? `+${amount}` : amount < 0 ? `−${Math.abs(amount)}` : '0';
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 12月4日 周四, in the device's time zone. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getMonth() + 1}月${date.getDate()}日 周${WEEKDAYS[date.getDay()]}`;
}

/** 09:00 */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A pickup slot: 12月4日 周四 09:00–11:00. */
export function formatSlot(slot: { startsAt: string; endsAt: string }): string {
  return `${formatDay(slot.startsAt)} ${formatClock(slot.startsAt)}–${formatClock(slot.endsAt)}`;
}

/** 12.5 kg: at most one decimal, no trailing zero. */
export function formatKg(kg: number): string {
  return `${Number(kg.toFixed(1))} kg`;
}
