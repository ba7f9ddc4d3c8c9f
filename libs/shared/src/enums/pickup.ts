import type { NotificationTopic } from './notification';

/** What a resident hands over at the door; the last four take more than one unit of a slot's capacity. */
export const PICKUP_CATEGORIES = [
  'paper',
  'plastic',
  'metal',
  'glass',
  'textile',
  'small_appliance',
  'large_appliance',
  'furniture',
  'bulky',
  'renovation',
] as const;
export type PickupCategory = (typeof PICKUP_CATEGORIES)[number];

export const PICKUP_CATEGORY_LABELS: Record<PickupCategory, string> = {
  paper: '废纸',
  plastic: '塑料',
  metal: '金属',
  glass: '玻璃',
  textile: '旧衣物',
  small_appliance: '小家电',
  large_appliance: '大家电',
  furniture: '旧家具',
  bulky: '大件垃圾',
  renovation: '装修垃圾',
};

/**
 * Where a booking stands. `booked` and `on_the_way` are open (they hold capacity and count towards
 * `pickup.maxOpen`); the rest are ended. `expired`: its slot passed with nobody serving it (a job's).
 */
export const PICKUP_STATUSES = ['booked', 'on_the_way', 'completed', 'missed', 'cancelled', 'expired'] as const;
export type PickupStatus = (typeof PICKUP_STATUSES)[number];
export const OPEN_PICKUP_STATUSES = ['booked', 'on_the_way'] as const satisfies readonly PickupStatus[];

export const PICKUP_STATUS_LABELS: Record<PickupStatus, string> = {
  booked: '已预约',
  on_the_way: '回收员已出发',
  completed: '已完成',
  missed: '未上门成功',
  cancelled: '已取消',
  expired: '已过期',
};

/** WeChat subscription-message topics a resident may consent to when booking (each consent used once). */
export const PICKUP_SUBSCRIBE_TOPICS = [
  'pickup_reminder',
  'pickup_on_the_way',
] as const satisfies readonly NotificationTopic[];
export type PickupSubscribeTopic = (typeof PICKUP_SUBSCRIBE_TOPICS)[number];

/** Collected for proper disposal, not recycling: they earn no points and count no recycled kg or CO2e. */
export const PICKUP_DISPOSAL_CATEGORIES: readonly PickupCategory[] = ['bulky', 'renovation'];
