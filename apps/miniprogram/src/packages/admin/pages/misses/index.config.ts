export default definePageConfig({
  navigationBarTitleText: '搜不到的词',
  enablePullDownRefresh: true,
});
