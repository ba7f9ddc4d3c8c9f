import Taro from '@tarojs/taro';
import type { PickupResponse } from '@zerowaste/shared';

/** Calls the resident (the collector sees the number in full). */
export function callResident(pickup: PickupResponse): void {
  if (!pickup.phone) return;
  Taro.makePhoneCall({ phoneNumber: pickup.phone }).catch(() => undefined);
}

/**
 * Opens the map at the booking's point for turn-by-turn navigation; without a point (an address
 * typed by hand) the address is copied, to paste into a map app.
 */
export function navigateTo(pickup: PickupResponse): void {
  const { lat, lng, text } = pickup.address;
  if (typeof lat === 'number' && typeof lng === 'number') {
    Taro.openLocation({ latitude: lat, longitude: lng, name: text, address: text, scale: 17 }).catch(() => undefined);
    return;
  }
  Taro.setClipboardData({ data: text })
    .then(() => Taro.showToast({ title: '未标注位置，地址已复制，可粘贴到地图中', icon: 'none', duration: 2500 }))
    .catch(() => undefined);
}
