import { ApiError } from '../services/http';

/** For a drop refused by cool-down or daily cap: when points can be earned again, in words. */
export function retryHintOf(error: unknown, now: Date = new Date()): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'DAILY_CAP_REACHED') return '今日积分已满，明天再来';
  if (error.code !== 'DROP_COOLDOWN') return null;
  const at = error.retryAt ? Date.parse(error.retryAt) : Number.NaN;
  if (Number.isNaN(at)) return '请稍后再来';
  const minutes = Math.max(1, Math.ceil((at - now.getTime()) / 60_000));
  return `${minutes} 分钟后可再次获得积分`;
}
