export default definePageConfig({
  navigationBarTitleText: '检查投放',
  enablePullDownRefresh: true,
});
