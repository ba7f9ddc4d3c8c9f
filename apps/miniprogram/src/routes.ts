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
  manageHub: '/packages/manage/pages/hub/index',
  manageBins: '/packages/manage/pages/bins/index',
  manageCards: '/packages/manage/pages/cards/index',
  manageShop: '/packages/manage/pages/shop/index',
  adminCells: '/packages/admin/pages/cells/index',
  adminCellEdit: '/packages/admin/pages/cell-edit/index',
  adminUsers: '/packages/admin/pages/users/index',
  adminGuide: '/packages/admin/pages/guide/index',
  adminMisses: '/packages/admin/pages/misses/index',
  adminPoints: '/packages/admin/pages/points/index',
  // Scoring pages (packages/score, packages/dashboard).
  scoreCells: '/packages/score/pages/cells/index',
  scoreCell: '/packages/score/pages/cell/index',
  scoreEvidence: '/packages/score/pages/evidence/index',
  scoreAlerts: '/packages/score/pages/alerts/index',
  dashboardRanking: '/packages/dashboard/pages/ranking/index',
  dashboardMap: '/packages/dashboard/pages/map/index',
  dashboardTrend: '/packages/dashboard/pages/trend/index',
  dashboardEvidenceReview: '/packages/dashboard/pages/evidence-review/index',
  // Doorstep pickups (packages/pickup): residents book, collectors do their round.
  pickupBook: '/packages/pickup/pages/book/index',
  pickups: '/packages/pickup/pages/mine/index',
  pickup: '/packages/pickup/pages/detail/index',
  pickupRound: '/packages/pickup/pages/round/index',
  pickupVisit: '/packages/pickup/pages/visit/index',
} as const;

/** A page URL with its query, each value encoded. */
export function withQuery(route: string, query: Record<string, string | number>): string {
  const parts = Object.entries(query).map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length ? `${route}?${parts.join('&')}` : route;
}
