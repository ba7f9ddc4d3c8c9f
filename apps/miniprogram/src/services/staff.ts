import type {
  BatchVerdictRequest,
  BatchVerdictResponse,
  DropVerdict,
  FulfilRequest,
  FulfilResponse,
  InspectorDropResponse,
  Page,
  VerdictRequest,
  VerdictResponse,
} from '@zerowaste/shared';
import { request } from './http';
import { idempotencyHeaders, sendWithSavedKey } from './idempotency';

/** Drops at the bins of one of the inspector's cells that nobody has judged yet. */
export function listPendingDrops(cellId: number, page: number): Promise<Page<InspectorDropResponse>> {
  return request<Page<InspectorDropResponse>>('GET', '/drops', { query: { cellId, verdict: 'pending', page } });
}

export function judgeDrop(dropId: number, verdict: DropVerdict): Promise<VerdictResponse> {
  const body: VerdictRequest = { verdict };
  return sendWithSavedKey(`verdict.${dropId}`, body, (key) =>
    request<VerdictResponse>('POST', `/drops/${dropId}/verdict`, { body, headers: idempotencyHeaders(key) }),
  );
}

export function judgeDropsCorrect(dropIds: number[]): Promise<BatchVerdictResponse> {
  const body: BatchVerdictRequest = { dropIds, verdict: 'correct' };
  return sendWithSavedKey('verdicts', body, (key) =>
    request<BatchVerdictResponse>('POST', '/drops/verdicts', { body, headers: idempotencyHeaders(key) }),
  );
}

/** The shopkeeper hands the goods over for a resident's redemption code. */
export function fulfilRedemption(code: string): Promise<FulfilResponse> {
  const body: FulfilRequest = { code };
  return request<FulfilResponse>('POST', '/redemptions/fulfil', { body });
}
