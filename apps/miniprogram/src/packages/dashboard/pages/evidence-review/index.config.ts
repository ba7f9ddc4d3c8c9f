export default definePageConfig({
  navigationBarTitleText: '证据审核',
  enablePullDownRefresh: true,
});
