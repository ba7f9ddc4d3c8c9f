export default definePageConfig({ navigationBarTitleText: '预约上门回收' });
