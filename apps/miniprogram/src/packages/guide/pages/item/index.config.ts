export default definePageConfig({
  navigationBarTitleText: '怎么分',
});
