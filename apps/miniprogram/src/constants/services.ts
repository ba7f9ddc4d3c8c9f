/** The programme's services on the home page; `available: false` ones are shown as 即将上线. */
export interface HomeService {
  key: 'scan' | 'pickup' | 'points' | 'river' | 'market' | 'sorting';
  title: string;
  description: string;
  /** One character on a coloured tile, in place of an icon image. */
  glyph: string;
  colour: string;
  available: boolean;
}

// What works today comes first.
export const HOME_SERVICES: readonly HomeService[] = [
  {
    key: 'sorting',
    title: '分类查询',
    description: '查一查垃圾该投哪个桶',
    glyph: '分',
    colour: '#00833e',
    available: true,
  },
  {
    key: 'scan',
    title: '扫码投放',
    description: '扫桶上二维码，正确投放得积分',
    glyph: '扫',
    colour: '#1a7f5a',
    available: true,
  },
  {
    key: 'pickup',
    title: '预约回收',
    description: '可回收物预约上门回收',
    glyph: '收',
    colour: '#005ca9',
    available: true,
  },
  {
    key: 'points',
    title: '积分兑换',
    description: '到积分超市兑换生活用品',
    glyph: '兑',
    colour: '#d9822b',
    available: true,
  },
  {
    key: 'river',
    title: '河湖随手拍',
    description: '发现河湖垃圾，拍照举报',
    glyph: '拍',
    colour: '#1f8fa6',
    available: false,
  },
  {
    key: 'market',
    title: '闲置交换',
    description: '闲置物品交换，物尽其用',
    glyph: '换',
    colour: '#8a5cc4',
    available: false,
  },
];
