/** Kinds of place residents take things to; points shops (积分超市) are shops, listed among them as `points_shop`. */
export const PLACE_TYPES = [
  'drop_off_point',
  'transfer_station',
  'sorting_center',
  'hazardous_point',
  'textile_bin',
  'express_packaging_point',
  'pesticide_packaging_point',
  'flea_market',
] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

/** What a nearby answer can hold: places, and the points shops of the rewards module. */
export const NEARBY_TYPES = [...PLACE_TYPES, 'points_shop'] as const;
export type NearbyType = (typeof NEARBY_TYPES)[number];

export const NEARBY_TYPE_LABELS: Record<NearbyType, string> = {
  drop_off_point: '交投点',
  transfer_station: '中转站',
  sorting_center: '分拣中心',
  hazardous_point: '有害垃圾贮存点',
  textile_bin: '旧衣回收箱',
  express_packaging_point: '快递包装回收点',
  pesticide_packaging_point: '农药包装回收点',
  flea_market: '跳蚤市场',
  points_shop: '积分超市',
};

/** What a resident reports about a place; the latest unexpired report is its live status. */
export const PLACE_STATUSES = ['full', 'broken', 'closed'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

export const PLACE_STATUS_LABELS: Record<PlaceStatus, string> = {
  full: '已满',
  broken: '损坏',
  closed: '未开放',
};
