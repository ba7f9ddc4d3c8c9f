export default definePageConfig({ navigationBarTitleText: '上门回收任务', enablePullDownRefresh: true });
