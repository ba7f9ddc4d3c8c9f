/** What a cell's manager logs as an activity (the rubrics count them per month). */
export const ACTIVITY_KINDS = [
  'publicity_day',
  'door_to_door',
  'clean_plate',
  'flea_market',
  'clean_up',
  'training',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  publicity_day: '宣传活动',
  door_to_door: '入户指导',
  clean_plate: '光盘行动',
  flea_market: '跳蚤市场',
  clean_up: '清洁行动',
  training: '培训',
};

/** The measure counting one kind of activity, e.g. `activities_door_to_door` (all kinds: `activities`). */
export function activityMeasureKey(kind: ActivityKind): string {
  return `activities_${kind}`;
}
