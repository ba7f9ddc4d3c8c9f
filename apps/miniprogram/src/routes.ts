/** Page URLs, so a renamed page breaks one line instead of every link. */
export const ROUTES = {
  home: '/pages/home/index',
  sorting: '/pages/sorting/index',
  nearby: '/pages/nearby/index',
  me: '/pages/me/index',
  login: '/packages/account/pages/login/index',
  profile: '/packages/account/pages/profile/index',
  homeCell: '/packages/account/pages/home-cell/index',
} as const;
