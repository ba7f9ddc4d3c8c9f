export default definePageConfig({
  navigationBarTitleText: '无废细胞评分',
  enablePullDownRefresh: true,
});
