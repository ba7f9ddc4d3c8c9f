export default definePageConfig({
  navigationBarTitleText: '评分趋势',
});
