import Taro from '@tarojs/taro';

/** Asks before a write that cannot be undone from the app (a label re-issued, a bin retired). */
export async function confirmAction(title: string, content: string, confirmText: string): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText, confirmColor: '#c4311f', cancelText: '取消' });
  return res.confirm;
}
