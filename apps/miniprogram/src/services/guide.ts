import type {
  CreateGuideItemRequest,
  DismissedSearchMissResponse,
  GuideAdminItemsQuery,
  GuideItemResponse,
  GuideSearchResponse,
  Page,
  SearchMissResponse,
  UpdateGuideItemRequest,
  WasteCategory,
} from '@zerowaste/shared';
import { request } from './http';

// The guide is public: no token needed, so the 分类 tab works before log-in. Editing it is for admins.

/** Items best first; a search that finds nothing is recorded by the API for the team. */
export function searchGuide(q: string, limit = 20): Promise<GuideSearchResponse> {
  return request<GuideSearchResponse>('GET', '/guide/search', { query: { q, limit }, auth: false });
}

export function getGuideItem(id: number): Promise<GuideItemResponse> {
  return request<GuideItemResponse>('GET', `/guide/items/${id}`, { auth: false });
}

export function browseGuide(category: WasteCategory, page: number): Promise<Page<GuideItemResponse>> {
  return request<Page<GuideItemResponse>>('GET', '/guide/items', { query: { category, page }, auth: false });
}

/** Every item, hidden ones included, the most recently edited first (admin). */
export function listAdminGuideItems(query: GuideAdminItemsQuery): Promise<Page<GuideItemResponse>> {
  return request<Page<GuideItemResponse>>('GET', '/guide/admin/items', {
    query: { status: query.status, q: query.q, page: query.page },
  });
}

/** Adds an item; with `fromMissId` the search miss it answers leaves the list. */
export function createGuideItem(body: CreateGuideItemRequest): Promise<GuideItemResponse> {
  return request<GuideItemResponse>('POST', '/guide/items', { body });
}

/** Edits an item; `active: false` hides it from search, browsing and the quiz. */
export function updateGuideItem(id: number, body: UpdateGuideItemRequest): Promise<GuideItemResponse> {
  return request<GuideItemResponse>('PATCH', `/guide/items/${id}`, { body });
}

/** Search terms that found nothing, most searched first. */
export function listSearchMisses(page: number): Promise<Page<SearchMissResponse>> {
  return request<Page<SearchMissResponse>>('GET', '/guide/misses', { query: { page } });
}

/** A junk term leaves the list for good. */
export function dismissSearchMiss(id: number): Promise<DismissedSearchMissResponse> {
  return request<DismissedSearchMissResponse>('POST', `/guide/misses/${id}/dismiss`);
}
