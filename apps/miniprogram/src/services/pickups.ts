import type {
  BookedPickupResponse,
  CompletePickupRequest,
  CompletePickupResponse,
  CreatePickupRequest,
  ImageUploadResponse,
  MissedPickupRequest,
  Page,
  PickupResponse,
  PickupSlotResponse,
  PickupStatus,
  RatePickupRequest,
  RecyclingSummaryResponse,
} from '@zerowaste/shared';
import { request, upload } from './http';
import { idempotencyHeaders, sendWithSavedKey } from './idempotency';

/** The coming days' slots of my home cell's area, with the units still free. */
export function listPickupSlots(days = 7): Promise<PickupSlotResponse[]> {
  return request<PickupSlotResponse[]>('GET', '/pickups/slots', { query: { days } });
}

/** Books a slot; the key is saved first, so a retry after a lost answer never takes a second place. */
export function bookPickup(body: CreatePickupRequest): Promise<BookedPickupResponse> {
  return sendWithSavedKey('pickup.book', body, (key) =>
    request<BookedPickupResponse>('POST', '/pickups', { body, headers: idempotencyHeaders(key) }),
  );
}

export function listMyPickups(page: number, status?: PickupStatus, pageSize?: number): Promise<Page<PickupResponse>> {
  return request<Page<PickupResponse>>('GET', '/pickups/mine', { query: { page, status, pageSize } });
}

export function getPickup(id: number): Promise<PickupResponse> {
  return request<PickupResponse>('GET', `/pickups/${id}`);
}

export function cancelPickup(id: number): Promise<PickupResponse> {
  return request<PickupResponse>('POST', `/pickups/${id}/cancel`);
}

export function ratePickup(id: number, body: RatePickupRequest): Promise<PickupResponse> {
  return request<PickupResponse>('POST', `/pickups/${id}/rating`, { body });
}

/** What my completed pickups recycled (我的). */
export function getMyRecycling(): Promise<RecyclingSummaryResponse> {
  return request<RecyclingSummaryResponse>('GET', '/me/recycling');
}

// --- Collectors ---

/** The collector's round of a day (`YYYY-MM-DD`, China time; today when omitted), in slot order. */
export function listAssignedPickups(page: number, date?: string): Promise<Page<PickupResponse>> {
  return request<Page<PickupResponse>>('GET', '/pickups/assigned', { query: { page, date } });
}

/** The collector sets out: the resident is told they are on the way. */
export function startPickup(id: number): Promise<PickupResponse> {
  return request<PickupResponse>('POST', `/pickups/${id}/start`);
}

export function markPickupMissed(id: number, reason: string): Promise<PickupResponse> {
  const body: MissedPickupRequest = { reason };
  return request<PickupResponse>('POST', `/pickups/${id}/missed`, { body });
}

/** Records the weights; points are awarded once, whatever the retries. */
export function completePickup(id: number, body: CompletePickupRequest): Promise<CompletePickupResponse> {
  return sendWithSavedKey(`pickup.complete.${id}`, body, (key) =>
    request<CompletePickupResponse>('POST', `/pickups/${id}/complete`, { body, headers: idempotencyHeaders(key) }),
  );
}

/** A photo of what was handed over (the API keeps it as kind `evidence`); name its id in `imageIds`. */
export function uploadPickupPhoto(filePath: string): Promise<ImageUploadResponse> {
  return upload<ImageUploadResponse>('/images?kind=evidence', filePath);
}
