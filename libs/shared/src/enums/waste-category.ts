/** GB/T 19095-2019 waste categories and the standard's bin colours. */
export const WASTE_CATEGORIES = ['recyclable', 'hazardous', 'food', 'residual'] as const;
export type WasteCategory = (typeof WASTE_CATEGORIES)[number];

export const WASTE_CATEGORY_LABELS: Record<WasteCategory, string> = {
  recyclable: '可回收物',
  hazardous: '有害垃圾',
  food: '厨余垃圾',
  residual: '其他垃圾',
};

export const WASTE_CATEGORY_COLORS: Record<WasteCategory, string> = {
  recyclable: '#005CA9',
  hazardous: '#E60012',
  food: '#00833E',
  residual: '#3F3B3A',
};
