import Taro from '@tarojs/taro';
import { type GeoPoint, isInChina } from '@zerowaste/shared';
import { wgs84ToGcj02 } from '../utils/coords';

/** Where distances are measured from when the device will not tell us: the centre of Xingtai (GCJ-02). */
export const CITY_CENTRE: GeoPoint = { lat: 37.0705, lng: 114.5045 };
export const CITY_CENTRE_NAME = '邢台市中心';

export type LocationSource = 'device' | 'fallback' | 'chosen';

export interface Located {
  point: GeoPoint;
  source: LocationSource;
  /** A place name, when the user chose one on the map. */
  name?: string;
}

// A browser's permission prompt can stay unanswered for ever; don't keep the list waiting on it.
const LOCATE_TIMEOUT_MS = 8000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function devicePoint(): Promise<GeoPoint> {
  if (process.env.TARO_ENV === 'h5') {
    // Browsers only report WGS-84; convert it to the GCJ-02 the API uses.
    const res = await withTimeout(Taro.getLocation({ type: 'wgs84' }), LOCATE_TIMEOUT_MS);
    const point = { lat: res.latitude, lng: res.longitude };
    return isInChina(point) ? wgs84ToGcj02(point) : point;
  }
  const res = await withTimeout(Taro.getLocation({ type: 'gcj02' }), LOCATE_TIMEOUT_MS);
  return { lat: res.latitude, lng: res.longitude };
}

/** The device's position, or the city centre when it is unavailable or denied. Never rejects. */
export async function locate(): Promise<Located> {
  try {
    return { point: await devicePoint(), source: 'device' };
  } catch {
    return { point: CITY_CENTRE, source: 'fallback', name: CITY_CENTRE_NAME };
  }
}

/** WeChat's map picker; resolves null when the user cancels. */
export async function chooseOnMap(): Promise<Located | null> {
  try {
    const res = await Taro.chooseLocation({});
    return { point: { lat: res.latitude, lng: res.longitude }, source: 'chosen', name: res.name || res.address };
  } catch {
    return null;
  }
}
