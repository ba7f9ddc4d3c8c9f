import type { CellDirectoryQuery, CellSummary, Page } from '@zerowaste/shared';
import { request } from './http';

/** The public cell directory: search by name, filter, or sort by distance from a point. */
export function listCellDirectory(query: CellDirectoryQuery): Promise<Page<CellSummary>> {
  return request<Page<CellSummary>>('GET', '/cells/directory', {
    query: {
      q: query.q,
      regionCode: query.regionCode,
      type: query.type,
      lat: query.lat,
      lng: query.lng,
      page: query.page,
      pageSize: query.pageSize,
    },
  });
}
