import type { BalanceResponse, LedgerEntryResponse, Page } from '@zerowaste/shared';
import { request } from './http';

export function getBalance(): Promise<BalanceResponse> {
  return request<BalanceResponse>('GET', '/points');
}

/** Newest first. */
export function listLedgerEntries(page: number): Promise<Page<LedgerEntryResponse>> {
  return request<Page<LedgerEntryResponse>>('GET', '/points/entries', { query: { page } });
}
