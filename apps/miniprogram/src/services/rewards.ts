import type {
  CreateRewardRequest,
  CreateShopRequest,
  Page,
  RedeemResponse,
  RedemptionRequest,
  RedemptionResponse,
  RedemptionStatus,
  RewardResponse,
  ShopResponse,
  UpdateRewardRequest,
} from '@zerowaste/shared';
import { request } from './http';
import { idempotencyHeaders, sendWithSavedKey } from './idempotency';

export function listShops(query: { cellId?: number; page?: number; pageSize?: number }): Promise<Page<ShopResponse>> {
  return request<Page<ShopResponse>>('GET', '/shops', { query });
}

export function getShop(id: number): Promise<ShopResponse> {
  return request<ShopResponse>('GET', `/shops/${id}`);
}

export function listRewards(shopId: number, page = 1, pageSize?: number): Promise<Page<RewardResponse>> {
  return request<Page<RewardResponse>>('GET', '/rewards', { query: { shopId, page, pageSize } });
}

/** Spends the reward's cost and answers with the one-time code. */
export function redeemReward(rewardId: number): Promise<RedeemResponse> {
  const body: RedemptionRequest = { rewardId };
  return sendWithSavedKey(`redeem.${rewardId}`, body, (key) =>
    request<RedeemResponse>('POST', '/redemptions', { body, headers: idempotencyHeaders(key) }),
  );
}

export function listRedemptions(page: number, status?: RedemptionStatus): Promise<Page<RedemptionResponse>> {
  return request<Page<RedemptionResponse>>('GET', '/redemptions', { query: { page, status } });
}

export function getRedemption(id: number): Promise<RedemptionResponse> {
  return request<RedemptionResponse>('GET', `/redemptions/${id}`);
}

/** Gives the points (and the stock) back through new ledger entries. */
export function cancelRedemption(id: number): Promise<RedeemResponse> {
  return sendWithSavedKey(`cancel.${id}`, { id }, (key) =>
    request<RedeemResponse>('POST', `/redemptions/${id}/cancel`, { headers: idempotencyHeaders(key) }),
  );
}

/** Every reward of a shop, withdrawn ones too, for its cell's managers and admins. */
export function listShopShelf(shopId: number, page = 1, pageSize?: number): Promise<Page<RewardResponse>> {
  return request<Page<RewardResponse>>('GET', `/shops/${shopId}/rewards`, { query: { page, pageSize } });
}

/** A manager adds a reward to a shop of their cell. */
export function createReward(shopId: number, body: CreateRewardRequest): Promise<RewardResponse> {
  return request<RewardResponse>('POST', `/shops/${shopId}/rewards`, { body });
}

/** Name, cost, stock on the shelf now, or whether it is offered. */
export function updateReward(id: number, body: UpdateRewardRequest): Promise<RewardResponse> {
  return request<RewardResponse>('PATCH', `/rewards/${id}`, { body });
}

/** Opens a points shop in a cell; its shopkeeper gets the shopkeeper role for it. */
export function createShop(body: CreateShopRequest): Promise<ShopResponse> {
  return request<ShopResponse>('POST', '/shops', { body });
}
