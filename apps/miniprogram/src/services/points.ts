import type { BalanceResponse, LedgerEntryResponse, Page, PointsAdjustmentRequest } from '@zerowaste/shared';
import { request } from './http';
import { idempotencyHeaders, sendWithSavedKey } from './idempotency';

export function getBalance(): Promise<BalanceResponse> {
  return request<BalanceResponse>('GET', '/points');
}

/** Newest first. */
export function listLedgerEntries(page: number): Promise<Page<LedgerEntryResponse>> {
  return request<Page<LedgerEntryResponse>>('GET', '/points/entries', { query: { page } });
}

/**
 * An admin corrects a user's points with an audited ledger entry. The key is saved before sending,
 * so tapping again after a dropped connection replays the first answer instead of adjusting twice.
 */
export function adjustPoints(body: PointsAdjustmentRequest): Promise<LedgerEntryResponse> {
  return sendWithSavedKey(`adjust.${body.userId}`, body, (key) =>
    request<LedgerEntryResponse>('POST', '/points/adjustments', { body, headers: idempotencyHeaders(key) }),
  );
}
