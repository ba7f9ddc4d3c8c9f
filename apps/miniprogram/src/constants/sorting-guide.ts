import type { WasteCategory } from '@zerowaste/shared';

export interface CategoryGuide {
  category: WasteCategory;
  /** What people in many cities call it (湿垃圾, 干垃圾). */
  alias?: string;
  explanation: string;
  tip: string;
  examples: readonly string[];
}

/** The four GB/T 19095-2019 categories, in the standard's order. */
export const SORTING_GUIDE: readonly CategoryGuide[] = [
  {
    category: 'recyclable',
    explanation: '适宜回收、可循环利用的废弃物。',
    tip: '尽量保持清洁干燥，纸箱压扁、瓶子倒空后投放。',
    examples: ['废纸', '纸板箱', '塑料瓶', '金属罐', '玻璃瓶', '旧衣物'],
  },
  {
    category: 'hazardous',
    explanation: '对人体健康或自然环境有直接或潜在危害的废弃物。',
    tip: '轻拿轻放，防止破损泄漏；灯管、药品尽量连包装投放。',
    examples: ['废电池', '废灯管', '过期药品', '油漆桶', '杀虫剂罐', '水银温度计'],
  },
  {
    category: 'food',
    alias: '湿垃圾',
    explanation: '易腐烂的、含有机质的生活垃圾。',
    tip: '沥干水分，去掉塑料袋、餐盒等包装后投放。',
    examples: ['剩菜剩饭', '果皮', '菜叶', '小骨头', '茶叶渣', '过期食品'],
  },
  {
    category: 'residual',
    alias: '干垃圾',
    explanation: '除以上三类之外、难以回收利用的生活垃圾。',
    tip: '投放前尽量沥干水分；不确定时先查询再投放。',
    examples: ['用过的纸巾', '陶瓷碎片', '烟头', '尘土', '一次性餐具', '大骨头'],
  },
];
