/** Where a redemption stands: waiting at the shop behind its code, handed over, or refunded. */
export const REDEMPTION_STATUSES = ['pending', 'fulfilled', 'cancelled', 'expired'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

export const REDEMPTION_STATUS_LABELS: Record<RedemptionStatus, string> = {
  pending: '待领取',
  fulfilled: '已领取',
  cancelled: '已取消',
  expired: '已过期',
};

/** Redemption codes: 8 characters without look-alikes (0/O, 1/I/L), easy to read out or type at the counter. */
export const REDEMPTION_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const REDEMPTION_CODE_LENGTH = 8;

/** How a typed or scanned code is compared: case and spaces or dashes do not matter. */
export function normalizeRedemptionCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}
