export default definePageConfig({
  navigationBarTitleText: '选择我的无废细胞',
});
