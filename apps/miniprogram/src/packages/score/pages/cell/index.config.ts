export default definePageConfig({
  navigationBarTitleText: '细胞评分明细',
  enablePullDownRefresh: true,
});
