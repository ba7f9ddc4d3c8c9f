export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

/** Every list answers with one page and the total, so a client can show "第 2/5 页" or load more. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
