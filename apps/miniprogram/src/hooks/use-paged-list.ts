import type { Page } from '@zerowaste/shared';
import { useCallback, useRef, useState } from 'react';
import { messageOf } from '../services/http';

export interface PagedList<T> {
  items: T[];
  total: number;
  /** First page in flight (show a full-page loading state). */
  loading: boolean;
  /** A further page in flight (show a footer spinner). */
  loadingMore: boolean;
  /** Chinese message of the last failure, or null. */
  error: string | null;
  hasMore: boolean;
  /** Whether the first page has answered at least once. */
  loaded: boolean;
  reload: () => Promise<void>;
  loadMore: () => Promise<void>;
}

/**
 * Page-by-page loading for "load more on scroll" lists. `fetchPage` must change identity
 * when its filters change; call `reload` after that.
 */
export function usePagedList<T>(fetchPage: (page: number) => Promise<Page<T>>): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  // Drops answers of superseded requests (a new search typed while the old one was in flight).
  const generation = useRef(0);
  const busy = useRef(false);

  const reload = useCallback(async () => {
    const current = ++generation.current;
    busy.current = true;
    setLoading(true);
    setLoadingMore(false);
    setError(null);
    try {
      const result = await fetchPage(1);
      if (current !== generation.current) return;
      setItems(result.items);
      setTotal(result.total);
      setPage(1);
      setLoaded(true);
    } catch (e) {
      if (current !== generation.current) return;
      setError(messageOf(e));
    } finally {
      if (current === generation.current) {
        busy.current = false;
        setLoading(false);
      }
    }
  }, [fetchPage]);

  const hasMore = loaded && items.length < total;

  const loadMore = useCallback(async () => {
    if (busy.current || !hasMore) return;
    const current = generation.current;
    busy.current = true;
    setLoadingMore(true);
    setError(null);
    try {
      const result = await fetchPage(page + 1);
      if (current !== generation.current) return;
      setItems((previous) => [...previous, ...result.items]);
      setTotal(result.total);
      setPage(page + 1);
    } catch (e) {
      if (current !== generation.current) return;
      setError(messageOf(e));
    } finally {
      if (current === generation.current) {
        busy.current = false;
        setLoadingMore(false);
      }
    }
  }, [fetchPage, hasMore, page]);

  return { items, total, loading, loadingMore, error, hasMore, loaded, reload, loadMore };
}
