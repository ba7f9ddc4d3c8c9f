/** Page URLs, so a renamed page breaks one line instead of every link. */
export const ROUTES = {
  home: '/pages/home/index',
  sorting: '/pages/sorting/index',
  nearby: '/pages/nearby/index',
  me: '/pages/me/index',
  login: '/packages/account/pages/login/index',
  profile: '/packages/account/pages/profile/index',
  homeCell: '/packages/account/pages/home-cell/index',
  guideItem: '/packages/guide/pages/item/index',
  guideBrowse: '/packages/guide/pages/browse/index',
  quiz: '/packages/guide/pages/quiz/index',
  scan: '/packages/points/pages/scan/index',
  pointsHistory: '/packages/points/pages/history/index',
  rewards: '/packages/points/pages/rewards/index',
  redemptions: '/packages/points/pages/redemptions/index',
  redemption: '/packages/points/pages/redemption/index',
  inspect: '/packages/staff/pages/inspect/index',
  recordDrop: '/packages/staff/pages/record/index',
  fulfil: '/packages/staff/pages/fulfil/index',
} as const;

/** A page URL with its query, each value encoded. */
export function withQuery(route: string, query: Record<string, string | number>): string {
  const parts = Object.entries(query).map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length ? `${route}?${parts.join('&')}` : route;
}
