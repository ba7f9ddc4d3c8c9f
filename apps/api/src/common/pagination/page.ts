import type { Page } from '@zerowaste/shared';
import type { PageQueryDto } from './page-query.dto';

export function pageWindow(query: PageQueryDto): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

export function toPage<E, R>(query: PageQueryDto, rows: E[], total: number, map: (row: E) => R): Page<R> {
  return { items: rows.map(map), page: query.page, pageSize: query.pageSize, total };
}
