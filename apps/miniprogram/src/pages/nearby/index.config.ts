export default definePageConfig({
  navigationBarTitleText: '附近的无废细胞',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
