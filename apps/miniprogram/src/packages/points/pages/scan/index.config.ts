export default definePageConfig({
  navigationBarTitleText: '扫码投放',
});
