import { PICKUP_CATEGORIES, PICKUP_DISPOSAL_CATEGORIES, type PickupCategory } from '@zerowaste/shared';

export interface CategoryLook {
  /** One character on a coloured tile, in place of an icon image. */
  glyph: string;
  colour: string;
  /** What counts as this category, in a few words. */
  hint: string;
}

// Recyclables on the GB/T 19095 recyclable blue; what is only disposed of (no points) on the residual grey.
const RECYCLABLE = '#005ca9';
const RESIDUAL = '#3f3b3a';

export const PICKUP_CATEGORY_LOOKS: Record<PickupCategory, CategoryLook> = {
  paper: { glyph: '纸', colour: RECYCLABLE, hint: '纸箱、报纸、书本' },
  plastic: { glyph: '塑', colour: RECYCLABLE, hint: '饮料瓶、塑料桶盆' },
  metal: { glyph: '金', colour: RECYCLABLE, hint: '易拉罐、铁锅、金属件' },
  glass: { glyph: '玻', colour: RECYCLABLE, hint: '玻璃瓶罐、平板玻璃' },
  textile: { glyph: '衣', colour: RECYCLABLE, hint: '旧衣物、床单被罩' },
  small_appliance: { glyph: '电', colour: RECYCLABLE, hint: '电饭煲、吹风机、手机' },
  large_appliance: { glyph: '器', colour: RECYCLABLE, hint: '冰箱、洗衣机、空调' },
  furniture: { glyph: '家', colour: RECYCLABLE, hint: '桌椅、柜子、床架' },
  bulky: { glyph: '大', colour: RESIDUAL, hint: '沙发、床垫等，不计积分' },
  renovation: { glyph: '装', colour: RESIDUAL, hint: '装修余料，需袋装，不计积分' },
};

export const PICKUP_CATEGORY_ORDER: readonly PickupCategory[] = PICKUP_CATEGORIES;

export function earnsPoints(category: PickupCategory): boolean {
  return !PICKUP_DISPOSAL_CATEGORIES.includes(category);
}

/**
 * The API's default `pickup.cancelBeforeMinutes`, to say when cancelling closes; the API decides and
 * answers CANCEL_TOO_LATE after it.
 */
export const CANCEL_BEFORE_MINUTES = 120;

/** Why nobody could be served, as the collector picks it. */
export const MISSED_REASONS = ['家中无人，电话未接通', '居民改约其他时间', '地址有误，无法找到', '物品与预约不符'];
