import type { DropRequest, DropResponse, DropSummary, Page } from '@zerowaste/shared';
import { request } from './http';
import { idempotencyHeaders } from './idempotency';

/** The caller stores `key` before calling (see stores/drop-queue.ts), so a resend reuses it. */
export function createDrop(body: DropRequest, key: string): Promise<DropResponse> {
  return request<DropResponse>('POST', '/drops', { body, headers: idempotencyHeaders(key) });
}

export function listMyDrops(page: number): Promise<Page<DropSummary>> {
  return request<Page<DropSummary>>('GET', '/drops/mine', { query: { page } });
}
