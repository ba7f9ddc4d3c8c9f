import type { GuideItemResponse, GuideSearchResponse, Page, WasteCategory } from '@zerowaste/shared';
import { request } from './http';

// The guide is public: no token needed, so the 分类 tab works before log-in.

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
