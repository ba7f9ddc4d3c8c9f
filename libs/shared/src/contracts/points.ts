import type { LedgerKind } from '../enums/points';

/** The header every request that earns or spends points must carry; a retry reuses the same value. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export interface BalanceResponse {
  balance: number;
}

export interface LedgerEntryResponse {
  id: number;
  kind: LedgerKind;
  /** Positive earns, negative spends. */
  amount: number;
  balanceAfter: number;
  refType: string | null;
  refId: number | null;
  note: string;
  createdAt: string;
}

export interface PointsAdjustmentRequest {
  userId: number;
  amount: number;
  reason: string;
}
