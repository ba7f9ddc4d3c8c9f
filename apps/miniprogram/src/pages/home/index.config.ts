export default definePageConfig({
  navigationBarTitleText: '无废城市',
});
