import Taro from '@tarojs/taro';
import { createStore, useStore } from './create-store';

const STORAGE_KEY = 'zw.elderlyMode';

// Remembered on the device, not on the account: it is about who holds the phone.
export const elderlyModeStore = createStore<boolean>(Taro.getStorageSync(STORAGE_KEY) === true);

export function setElderlyMode(enabled: boolean): void {
  Taro.setStorageSync(STORAGE_KEY, enabled);
  elderlyModeStore.set(enabled);
}

export function useElderlyMode(): boolean {
  return useStore(elderlyModeStore);
}
