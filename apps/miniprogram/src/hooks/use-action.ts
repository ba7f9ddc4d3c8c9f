import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { messageOf } from '../services/http';

export interface Action {
  /** A write is in flight: disable its buttons. */
  busy: boolean;
  /**
   * Runs one write at a time: toasts `done` when it succeeds, the Chinese reason when it fails, and
   * answers the result, or null when it failed or another write was still running.
   */
  run: <T>(write: () => Promise<T>, done?: string) => Promise<T | null>;
}

/** For the buttons of a management page: one write at a time, and the outcome always said. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const run = useCallback(async <T>(write: () => Promise<T>, done?: string): Promise<T | null> => {
    if (running.current) return null;
    running.current = true;
    setBusy(true);
    try {
      const result = await write();
      if (done) void Taro.showToast({ title: done, icon: 'success', duration: 1500 });
      return result;
    } catch (error) {
      void Taro.showToast({ title: messageOf(error), icon: 'none', duration: 3000 });
      return null;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
