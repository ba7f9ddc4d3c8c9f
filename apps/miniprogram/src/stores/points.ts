import { getBalance } from '../services/points';
import { createStore, useStore } from './create-store';

/** The signed-in user's points; null until first loaded. Writes that return a balance update it. */
export const balanceStore = createStore<number | null>(null);

export function useBalance(): number | null {
  return useStore(balanceStore);
}

export function setBalance(balance: number): void {
  balanceStore.set(balance);
}

/** Rejects like any request; callers that only refresh in the background ignore the failure. */
export async function refreshBalance(): Promise<number> {
  const { balance } = await getBalance();
  balanceStore.set(balance);
  return balance;
}
