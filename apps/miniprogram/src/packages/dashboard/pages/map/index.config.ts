export default definePageConfig({
  navigationBarTitleText: '无废细胞分布图',
});
