export default definePageConfig({
  navigationBarTitleText: '无废细胞排名',
  enablePullDownRefresh: true,
});
