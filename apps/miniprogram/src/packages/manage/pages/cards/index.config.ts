export default definePageConfig({
  navigationBarTitleText: '户卡',
  enablePullDownRefresh: true,
});
