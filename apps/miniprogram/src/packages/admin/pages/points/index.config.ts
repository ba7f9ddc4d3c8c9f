export default definePageConfig({
  navigationBarTitleText: '积分调整',
});
