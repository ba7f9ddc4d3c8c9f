import type { Role } from '../enums';

/** The seeded demo users, signed in by openid when the API runs in demo mode. */
export const DEMO_USERS = [
  { openid: 'demo-resident', nickname: '王阿姨', role: 'resident', blurb: '查分类、扫码投放、攒积分' },
  { openid: 'demo-villager', nickname: '李大爷', role: 'resident', blurb: '村民，到积分超市兑换商品' },
  { openid: 'demo-collector', nickname: '张师傅', role: 'collector', blurb: '上门回收、称重记分' },
  { openid: 'demo-inspector', nickname: '赵督导', role: 'inspector', blurb: '检查投放是否正确' },
  { openid: 'demo-shopkeeper', nickname: '刘店主', role: 'shopkeeper', blurb: '扫兑换码、发放商品' },
  { openid: 'demo-manager', nickname: '陈主任', role: 'cell_manager', blurb: '管理小区的无废细胞' },
  { openid: 'demo-chief', nickname: '孙河长', role: 'river_chief', blurb: '处理入河垃圾举报' },
  { openid: 'demo-admin', nickname: '市级管理员', role: 'admin', blurb: '管理区划、细胞与角色' },
] as const satisfies readonly { openid: string; nickname: string; role: Role; blurb: string }[];

export type DemoOpenid = (typeof DEMO_USERS)[number]['openid'];
export const DEMO_OPENIDS: readonly string[] = DEMO_USERS.map((u) => u.openid);

export const APP_NAME_ZH = '无废城市';
