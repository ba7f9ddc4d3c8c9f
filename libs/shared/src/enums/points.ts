/** Why a balance changed. */
export const LEDGER_KINDS = [
  'drop',
  'drop_bonus',
  'quiz',
  'redemption',
  'redemption_refund',
  'adjustment',
  'pickup',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = {
  drop: '分类投放',
  drop_bonus: '投放正确奖励',
  quiz: '每日答题',
  redemption: '积分兑换',
  redemption_refund: '兑换退回',
  adjustment: '积分调整',
  pickup: '上门回收',
};
