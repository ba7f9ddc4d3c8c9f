import type { Page } from '@zerowaste/shared';
import type { PageQueryDto } from './page-query.dto';

export function pageWindow(query: PageQueryDto): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

/** A page of items already mapped (when the mapping needs its own queries). */
export function pageOf<R>(query: PageQueryDto, items: R[], total: number): Page<R> {
  return { items, page: query.page, pageSize: query.pageSize, total };
}

export function toPage<E, R>(query: PageQueryDto, rows: E[], total: number, map: (row: E) => R): Page<R> {
  return pageOf(query, rows.map(map), total);
}
