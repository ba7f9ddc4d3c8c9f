export default defineAppConfig({
  pages: ['pages/home/index', 'pages/sorting/index', 'pages/nearby/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/account',
      pages: ['pages/login/index', 'pages/profile/index', 'pages/home-cell/index'],
    },
    { root: 'packages/guide', pages: ['pages/item/index', 'pages/browse/index', 'pages/quiz/index'] },
    {
      root: 'packages/points',
      pages: [
        'pages/scan/index',
        'pages/history/index',
        'pages/rewards/index',
        'pages/redemptions/index',
        'pages/redemption/index',
      ],
    },
    { root: 'packages/staff', pages: ['pages/inspect/index', 'pages/record/index', 'pages/fulfil/index'] },
    {
      root: 'packages/manage',
      pages: ['pages/hub/index', 'pages/bins/index', 'pages/cards/index', 'pages/shop/index'],
    },
    {
      root: 'packages/admin',
      pages: [
        'pages/cells/index',
        'pages/cell-edit/index',
        'pages/users/index',
        'pages/guide/index',
        'pages/misses/index',
        'pages/points/index',
      ],
    },
    {
      root: 'packages/score',
      pages: ['pages/cells/index', 'pages/cell/index', 'pages/evidence/index', 'pages/alerts/index'],
    },
    {
      root: 'packages/pickup',
      pages: ['pages/book/index', 'pages/mine/index', 'pages/detail/index', 'pages/round/index', 'pages/visit/index'],
    },
    {
      root: 'packages/dashboard',
      pages: ['pages/ranking/index', 'pages/map/index', 'pages/trend/index', 'pages/evidence-review/index'],
    },
  ],
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/points'] },
    'pages/sorting/index': { network: 'all', packages: ['packages/guide'] },
    'pages/me/index': { network: 'all', packages: ['packages/account'] },
  },
  window: {
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '无废城市',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f6f5',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#7a808a',
    selectedColor: '#1a7f5a',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/sorting/index',
        text: '分类',
        iconPath: 'assets/tab/sorting.png',
        selectedIconPath: 'assets/tab/sorting-active.png',
      },
      {
        pagePath: 'pages/nearby/index',
        text: '附近',
        iconPath: 'assets/tab/nearby.png',
        selectedIconPath: 'assets/tab/nearby-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找附近的投放点、回收网点和无废细胞' },
  },
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
});
