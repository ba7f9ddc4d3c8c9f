export default definePageConfig({
  navigationBarTitleText: '无废细胞',
  enablePullDownRefresh: true,
});
