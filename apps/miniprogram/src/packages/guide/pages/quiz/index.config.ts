export default definePageConfig({
  navigationBarTitleText: '每日分类答题',
});
