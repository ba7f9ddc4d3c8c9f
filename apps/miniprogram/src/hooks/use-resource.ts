import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../services/http';

export interface Resource<T> {
  data: T | null;
  /** The first answer (or a reload) is in flight. */
  loading: boolean;
  /** Chinese message of the last failure, or null. */
  error: string | null;
  reload: () => Promise<void>;
  /** Replace the data after a write answered with the new state (no second request). */
  setData: (data: T) => void;
}

/** One thing loaded when the page opens (`load` must change identity when its inputs change). */
export function useResource<T>(load: () => Promise<T>): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const current = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const result = await load();
      if (current === generation.current) setData(result);
    } catch (e) {
      if (current === generation.current) setError(messageOf(e));
    } finally {
      if (current === generation.current) setLoading(false);
    }
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, loading, error, reload, setData };
}
