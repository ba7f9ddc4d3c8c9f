import type { RedemptionStatus } from '../enums/redemption';
import type { GeoPoint } from './cell';
import type { PageQuery } from './pagination';

/** A points shop (积分超市): a village shop or a community station where points buy goods. */
export interface ShopResponse {
  id: number;
  name: string;
  cellId: number;
  /** GCJ-02. */
  location: GeoPoint;
  shopkeeperUserId: number;
  active: boolean;
  createdAt: string;
}

export interface CreateShopRequest {
  name: string;
  cellId: number;
  lat: number;
  lng: number;
  /** Gets the shopkeeper role for this shop. */
  shopkeeperUserId: number;
}

export interface ShopListQuery extends PageQuery {
  cellId?: number;
}

export interface RewardResponse {
  id: number;
  shopId: number;
  name: string;
  photoUrl: string | null;
  /** Points one unit costs. */
  cost: number;
  stock: number;
  active: boolean;
}

export interface CreateRewardRequest {
  name: string;
  /** 1 to 100,000 points. */
  cost: number;
  /** 0 to 100,000 units. */
  stock: number;
  /** An https URL. */
  photoUrl?: string | null;
}

export interface UpdateRewardRequest {
  name?: string;
  cost?: number;
  stock?: number;
  active?: boolean;
  photoUrl?: string | null;
}

export interface RewardListQuery extends PageQuery {
  shopId?: number;
}

/** Spends the reward's cost; send it with an `Idempotency-Key`. */
export interface RedemptionRequest {
  rewardId: number;
}

export interface RewardRef {
  id: number;
  name: string;
  cost: number;
}

export interface ShopRef {
  id: number;
  name: string;
}

export interface RedemptionResponse {
  id: number;
  /**
   * The one-time code to show as a QR code at the shop. Only its holder sees it: it is null when a
   * shopkeeper looks the redemption up, so that goods are handed over only to whoever shows the code.
   */
  code: string | null;
  status: RedemptionStatus;
  /** Points spent (refunded when cancelled or expired). */
  cost: number;
  /** After this the code no longer works and the points come back. */
  expiresAt: string;
  createdAt: string;
  fulfilledAt: string | null;
  reward: RewardRef;
  shop: ShopRef;
}

/** The answer to a redemption or a cancellation: the code, and the balance it left. */
export interface RedeemResponse extends RedemptionResponse {
  code: string;
  balance: number;
}

export interface RedemptionListQuery extends PageQuery {
  status?: RedemptionStatus;
}

/** What the shopkeeper scanned or typed; case, spaces and dashes do not matter. */
export interface FulfilRequest {
  code: string;
}

/** The redemption just handed over, with whom to hand it to. */
export interface FulfilResponse extends RedemptionResponse {
  code: string;
  holderNickname: string;
}

/**
 * A household card (no phone) redeemed at the shop by its shopkeeper, who hands the goods over at
 * once; send it with an `Idempotency-Key`. The card must belong to the shop's cell.
 */
export interface CardRedemptionRequest {
  /** The card's scanned QR text: its URL, WeChat's percent-encoded q value, or the bare token. */
  householdCard: string;
  rewardId: number;
}

/**
 * The redemption, already fulfilled (no code: nothing is left to show at the counter), with the
 * card's balance after it and whom to hand the goods to.
 */
export interface CardRedemptionResponse extends RedemptionResponse {
  code: null;
  householdCardId: number;
  holderName: string;
  balance: number;
}
