import Taro from '@tarojs/taro';
import type { DropRequest, DropResponse } from '@zerowaste/shared';
import { createDrop } from '../services/drops';
import { ApiError, isRetryable, messageOf } from '../services/http';
import { newIdempotencyKey } from '../services/idempotency';
import { createStore, useStore } from './create-store';
import { setBalance } from './points';

const STORAGE_KEY = 'zw.dropQueue';

/** A drop saved on the device with its idempotency key; it stays here until the API has answered. */
export interface QueuedDrop {
  key: string;
  body: DropRequest;
  queuedAt: string;
}

export interface DropQueueState {
  /** Drops waiting to be (re)sent, oldest first. */
  pending: QueuedDrop[];
  /** A resend is running. */
  flushing: boolean;
  /** What happened to queued drops the API refused, to tell the user once. */
  notice: string | null;
}

function isQueuedDrop(value: unknown): value is QueuedDrop {
  const item = value as QueuedDrop;
  return typeof value === 'object' && value !== null && typeof item.key === 'string' && typeof item.body === 'object';
}

function read(): QueuedDrop[] {
  const stored: unknown = Taro.getStorageSync(STORAGE_KEY);
  return Array.isArray(stored) ? stored.filter(isQueuedDrop) : [];
}

// Keys being sent right now: neither shown as waiting nor sent a second time by a resend.
const inFlight = new Set<string>();

export const dropQueueStore = createStore<DropQueueState>({ pending: read(), flushing: false, notice: null });

export function useDropQueue(): DropQueueState {
  return useStore(dropQueueStore);
}

function publish(): void {
  dropQueueStore.set((state) => ({ ...state, pending: read().filter((item) => !inFlight.has(item.key)) }));
}

function write(items: QueuedDrop[]): void {
  Taro.setStorageSync(STORAGE_KEY, items);
  publish();
}

function remove(key: string): void {
  write(read().filter((item) => item.key !== key));
}

/** A network failure, a server fault or an expired log-in: the drop may still count, so keep it. */
function keepsItQueued(error: unknown): boolean {
  return isRetryable(error) || (error instanceof ApiError && error.status === 401);
}

async function send(item: QueuedDrop): Promise<DropResponse> {
  inFlight.add(item.key);
  publish();
  try {
    const result = await createDrop(item.body, item.key);
    remove(item.key);
    // A household card's drop answers with the card's balance, not the inspector's.
    if (!item.body.householdCard) setBalance(result.balance);
    return result;
  } catch (error) {
    if (!keepsItQueued(error)) remove(item.key);
    throw error;
  } finally {
    inFlight.delete(item.key);
    publish();
  }
}

export type DropOutcome = { kind: 'recorded'; result: DropResponse } | { kind: 'queued'; error: ApiError };

/**
 * Saves the drop with a new key BEFORE sending it, then sends it. A network failure leaves it
 * queued (resent later with the same key); the API's refusal removes it and rejects.
 */
export async function submitDrop(body: DropRequest): Promise<DropOutcome> {
  const item: QueuedDrop = { key: newIdempotencyKey(), body, queuedAt: new Date().toISOString() };
  Taro.setStorageSync(STORAGE_KEY, [...read(), item]);
  try {
    return { kind: 'recorded', result: await send(item) };
  } catch (error) {
    if (error instanceof ApiError && keepsItQueued(error)) return { kind: 'queued', error };
    throw error;
  }
}

/** Resends every waiting drop with its own key; stops at the first network failure. */
export async function flushDropQueue(): Promise<void> {
  const waiting = read().filter((item) => !inFlight.has(item.key));
  if (waiting.length === 0 || dropQueueStore.get().flushing) return;
  dropQueueStore.set((state) => ({ ...state, flushing: true }));
  const refusals: string[] = [];
  let sent = 0;
  try {
    for (const item of waiting) {
      try {
        await send(item);
        sent += 1;
      } catch (error) {
        if (keepsItQueued(error)) break;
        refusals.push(messageOf(error));
      }
    }
  } finally {
    const parts: string[] = [];
    if (sent > 0) parts.push(`${sent} 次投放已上传`);
    if (refusals.length > 0) parts.push(`${refusals.length} 次未计分：${refusals[0]}`);
    dropQueueStore.set((state) => ({
      ...state,
      flushing: false,
      notice: parts.length > 0 ? parts.join('；') : state.notice,
    }));
  }
}

export function dismissDropQueueNotice(): void {
  dropQueueStore.set((state) => ({ ...state, notice: null }));
}
