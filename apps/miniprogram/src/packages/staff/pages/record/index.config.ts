export default definePageConfig({
  navigationBarTitleText: '为户卡记录投放',
});
