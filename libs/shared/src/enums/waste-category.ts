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

/** The eleven subcategories of GB/T 19095-2019 (其他垃圾 has none). */
export const WASTE_SUBCATEGORIES = {
  recyclable: ['paper', 'plastic', 'metal', 'glass', 'textile'],
  hazardous: ['lamp', 'household_chemical', 'battery'],
  food: ['household_food', 'kitchen_waste', 'other_food'],
  residual: [],
} as const satisfies Record<WasteCategory, readonly string[]>;

export type WasteSubcategory = (typeof WASTE_SUBCATEGORIES)[WasteCategory][number];

export const WASTE_SUBCATEGORY_LABELS: Record<WasteSubcategory, string> = {
  paper: '纸类',
  plastic: '塑料',
  metal: '金属',
  glass: '玻璃',
  textile: '织物',
  lamp: '灯管',
  household_chemical: '家用化学品',
  battery: '电池',
  household_food: '家庭厨余垃圾',
  kitchen_waste: '餐厨垃圾',
  other_food: '其他厨余垃圾',
};

/** Local names people use for the categories, e.g. Shanghai's 湿垃圾/干垃圾. */
export const WASTE_CATEGORY_ALIASES: Record<string, WasteCategory> = {
  湿垃圾: 'food',
  干垃圾: 'residual',
  厨余: 'food',
  可回收: 'recyclable',
  有害: 'hazardous',
};
