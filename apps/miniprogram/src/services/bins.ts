import type {
  BinResponse,
  CreateBinRequest,
  CreateHouseholdCardRequest,
  HouseholdCardResponse,
  Page,
} from '@zerowaste/shared';
import { openPdf, request } from './http';

// Bins and household cards of a cell, for its managers (and admins).

export function listBins(cellId: number, page: number): Promise<Page<BinResponse>> {
  return request<Page<BinResponse>>('GET', `/cells/${cellId}/bins`, { query: { page } });
}

export function createBin(body: CreateBinRequest): Promise<BinResponse> {
  return request<BinResponse>('POST', '/bins', { body });
}

/** A new label: the old one stops earning. */
export function reissueBin(id: number): Promise<BinResponse> {
  return request<BinResponse>('POST', `/bins/${id}/reissue`);
}

/** The label stops earning; the bin's drops stay. */
export function retireBin(id: number): Promise<BinResponse> {
  return request<BinResponse>('DELETE', `/bins/${id}`);
}

/** The A4 sheet of the cell's active bins' labels. */
export function openBinLabels(cellId: number): Promise<void> {
  return openPdf(`/cells/${cellId}/bin-labels.pdf`, `垃圾桶标签-${cellId}.pdf`);
}

export function listHouseholdCards(cellId: number, page: number): Promise<Page<HouseholdCardResponse>> {
  return request<Page<HouseholdCardResponse>>('GET', `/cells/${cellId}/household-cards`, { query: { page } });
}

export function createHouseholdCard(cellId: number, body: CreateHouseholdCardRequest): Promise<HouseholdCardResponse> {
  return request<HouseholdCardResponse>('POST', `/cells/${cellId}/household-cards`, { body });
}

/** Replaces a lost card: the old QR stops working, the points stay. */
export function reissueHouseholdCard(id: number): Promise<HouseholdCardResponse> {
  return request<HouseholdCardResponse>('POST', `/household-cards/${id}/reissue`);
}

export function retireHouseholdCard(id: number): Promise<HouseholdCardResponse> {
  return request<HouseholdCardResponse>('DELETE', `/household-cards/${id}`);
}

export function openHouseholdCard(card: HouseholdCardResponse): Promise<void> {
  return openPdf(`/household-cards/${card.id}/card.pdf`, `户卡-${card.code}.pdf`);
}
