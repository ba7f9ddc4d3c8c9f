export default definePageConfig({
  navigationBarTitleText: '垃圾分类指南',
});
