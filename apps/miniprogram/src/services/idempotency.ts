import Taro from '@tarojs/taro';
import { IDEMPOTENCY_HEADER } from '@zerowaste/shared';
import { isRetryable } from './http';

/**
 * A fresh key for one write that earns or spends points. WeChat has no `crypto.randomUUID`;
 * the time plus 16 random base36 characters is unique enough, as keys are scoped per user.
 */
export function newIdempotencyKey(): string {
  const random = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `${Date.now().toString(36)}-${random()}${random()}`;
}

export function idempotencyHeaders(key: string): Record<string, string> {
  return { [IDEMPOTENCY_HEADER]: key };
}

interface SavedAttempt {
  key: string;
  body: string;
}

function isSavedAttempt(value: unknown): value is SavedAttempt {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SavedAttempt).key === 'string' &&
    typeof (value as SavedAttempt).body === 'string'
  );
}

/**
 * Sends a write with a key that is stored before the request leaves, so that a retry of the same
 * action after a dropped connection (even after the app restarted) reuses it and the API answers
 * with the first result instead of acting twice. The key is forgotten once the API has answered.
 */
export async function sendWithSavedKey<T>(action: string, body: object, send: (key: string) => Promise<T>): Promise<T> {
  const storageKey = `zw.idem.${action}`;
  const serialized = JSON.stringify(body);
  const saved: unknown = Taro.getStorageSync(storageKey);
  const key = isSavedAttempt(saved) && saved.body === serialized ? saved.key : newIdempotencyKey();
  Taro.setStorageSync(storageKey, { key, body: serialized } satisfies SavedAttempt);
  try {
    const result = await send(key);
    Taro.removeStorageSync(storageKey);
    return result;
  } catch (error) {
    if (!isRetryable(error)) Taro.removeStorageSync(storageKey);
    throw error;
  }
}
