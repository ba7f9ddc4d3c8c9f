export default definePageConfig({
  navigationBarTitleText: '垃圾桶与标签',
  enablePullDownRefresh: true,
});
