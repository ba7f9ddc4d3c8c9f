/** The nine kinds of zero-waste cell (无废细胞). */
export const CELL_TYPES = [
  'community',
  'village',
  'scenic_area',
  'office',
  'school',
  'restaurant',
  'mall',
  'express_outlet',
  'family',
] as const;
export type CellType = (typeof CELL_TYPES)[number];

export const CELL_TYPE_LABELS: Record<CellType, string> = {
  community: '无废小区',
  village: '无废乡村',
  scenic_area: '无废景区',
  office: '节约型机关',
  school: '绿色学校',
  restaurant: '绿色饭店',
  mall: '绿色商场',
  express_outlet: '绿色快递网点',
  family: '绿色家庭',
};

export const CELL_STATUSES = ['building', 'certified', 'suspended'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

export const CELL_STATUS_LABELS: Record<CellStatus, string> = {
  building: '创建中',
  certified: '已达标',
  suspended: '已暂停',
};
