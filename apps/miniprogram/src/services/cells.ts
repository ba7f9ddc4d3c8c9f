import type {
  CellDirectoryQuery,
  CellListQuery,
  CellResponse,
  CellSummary,
  CreateCellRequest,
  Page,
  UpdateCellRequest,
} from '@zerowaste/shared';
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

/** Cells to manage: every cell for an admin, their own for a cell manager. */
export function listManagedCells(query: CellListQuery): Promise<Page<CellResponse>> {
  return request<Page<CellResponse>>('GET', '/cells', {
    query: { q: query.q, regionCode: query.regionCode, type: query.type, page: query.page, pageSize: query.pageSize },
  });
}

export function getCell(id: number): Promise<CellResponse> {
  return request<CellResponse>('GET', `/cells/${id}`);
}

export function createCell(body: CreateCellRequest): Promise<CellResponse> {
  return request<CellResponse>('POST', '/cells', { body });
}

export function updateCell(id: number, body: UpdateCellRequest): Promise<CellResponse> {
  return request<CellResponse>('PATCH', `/cells/${id}`, { body });
}
