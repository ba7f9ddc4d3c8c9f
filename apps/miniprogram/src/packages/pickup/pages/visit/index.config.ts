export default definePageConfig({ navigationBarTitleText: '上门回收', enablePullDownRefresh: true });
