import type { PickupCategory, PickupStatus, PickupSubscribeTopic } from '../enums/pickup';
import type { PageQuery } from './pagination';

/** A pickup area (回收片区): cells served by one or more collectors. */
export interface PickupAreaResponse {
  id: number;
  name: string;
  cellIds: number[];
  collectorUserIds: number[];
  /** The weekly template slots are made from. */
  weekly: WeeklySlot[];
  active: boolean;
}

export interface CreatePickupAreaRequest {
  name: string;
  /** Cells in no other area. */
  cellIds: number[];
  /** Users holding the collector role. */
  collectorUserIds: number[];
}

export interface UpdatePickupAreaRequest {
  name?: string;
  cellIds?: number[];
  collectorUserIds?: number[];
  active?: boolean;
}

/** One slot a week, China time. */
export interface WeeklySlot {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** `HH:MM`, China time. */
  start: string;
  /** `HH:MM`, after `start`, the same day. */
  end: string;
  /** Units of capacity (a bag of paper is one; large items take more, per `pickup.units`). */
  capacity: number;
}

export interface PickupTemplateRequest {
  weekly: WeeklySlot[];
}

export interface CreatePickupSlotRequest {
  /** ISO 8601 with an offset, e.g. `2026-12-24T18:00:00+08:00`. */
  startsAt: string;
  endsAt: string;
  capacity: number;
}

/** Closing a slot makes a holiday; its bookings stay until cancelled. */
export interface UpdatePickupSlotRequest {
  capacity?: number;
  closed?: boolean;
}

export interface PickupSlotResponse {
  id: number;
  areaId: number;
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** Units still free (0 when closed). */
  remaining: number;
  closed: boolean;
}

export interface PickupSlotsQuery {
  /** 1–31 days from today (China time); 7 by default. */
  days?: number;
  /** Staff: another area than the caller's home cell's. */
  areaId?: number;
}

export interface PickupItem {
  category: PickupCategory;
  estimatedKg: number;
}

export interface PickupAddress {
  text: string;
  /** GCJ-02, for the collector's navigation. */
  lat?: number | null;
  lng?: number | null;
}

/** Send with an `Idempotency-Key`: a retried booking never takes two places. */
export interface CreatePickupRequest {
  slotId: number;
  items: PickupItem[];
  address: PickupAddress;
  /** A mainland mobile number. */
  phone: string;
  note?: string;
  /** The subscription-message topics the resident accepted when booking. */
  subscribe?: PickupSubscribeTopic[];
}

export interface PickupWeight {
  category: PickupCategory;
  kg: number;
}

export interface CollectorRef {
  id: number;
  nickname: string;
}

export interface PickupResponse {
  id: number;
  status: PickupStatus;
  areaId: number;
  cellId: number;
  slot: PickupSlotResponse;
  items: PickupItem[];
  /** Full for the owner and the assigned collector; masked (`幸福里小区3号楼…`) for anyone else. */
  address: PickupAddress;
  /** Full for the owner and the assigned collector; masked (`138****5678`) for anyone else; null once erased. */
  phone: string | null;
  note: string;
  subscribe: PickupSubscribeTopic[];
  collector: CollectorRef | null;
  /** What the collector weighed, once completed. */
  weights: PickupWeight[] | null;
  pointsAwarded: number | null;
  co2eKg: number | null;
  missedReason: string | null;
  rating: { stars: number; comment: string } | null;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
}

/** The answer to a booking: what the resident needs to see it was taken (the phone and address stay encrypted). */
export type BookedPickupResponse = Pick<PickupResponse, 'id' | 'status' | 'slot' | 'items' | 'subscribe' | 'collector'>;

export interface PickupListQuery extends PageQuery {
  status?: PickupStatus;
}

export interface AssignedPickupsQuery extends PageQuery {
  /** `YYYY-MM-DD`, China time; today by default. */
  date?: string;
}

export interface AssignPickupRequest {
  collectorUserId: number;
}

export interface MissedPickupRequest {
  reason: string;
}

/** Send with an `Idempotency-Key`. */
export interface CompletePickupRequest {
  weights: PickupWeight[];
  /** Photos the collector uploaded (kind `evidence`). */
  imageIds?: string[];
}

export interface CompletePickupResponse {
  pointsAwarded: number;
  co2eKg: number;
  /** The resident's balance after the award. */
  balance: number;
}

export interface RatePickupRequest {
  stars: number;
  comment?: string;
}

/** One collector of an area, for its managers. */
export interface CollectorStatsResponse {
  collector: CollectorRef;
  assigned: number;
  completed: number;
  missed: number;
  /** missed ÷ (completed + missed), 0–1; 0 with neither. */
  missedRate: number;
  ratings: number;
  /** Mean stars, null without ratings. */
  averageStars: number | null;
}

/** 我的: what the resident's completed pickups recycled. */
export interface RecyclingSummaryResponse {
  pickups: number;
  recycledKg: number;
  co2eKg: number;
}
