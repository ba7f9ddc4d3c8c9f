import type { GeoPoint } from '../contracts/cell';

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres; GCJ-02's offset is locally uniform, so this holds for nearby points. */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Rough bounds of mainland China, where GCJ-02 applies; a point outside is almost surely a swapped lat/lng. */
export function isInChina(p: GeoPoint): boolean {
  return p.lng >= 73.5 && p.lng <= 135.1 && p.lat >= 3.8 && p.lat <= 53.6;
}

/** A rectangle of coordinates: `min…max` on each axis, inclusive. */
export interface GeoBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/**
 * The smallest lat/lng rectangle holding every point within `radiusM` of `center` (for an indexed
 * pre-filter; the exact distance decides). Widened in longitude by the cosine of the latitude farthest
 * from the equator, so it never cuts the circle off.
 */
export function boundingBox(center: GeoPoint, radiusM: number): GeoBox {
  const dLat = (radiusM / EARTH_RADIUS_M) * (180 / Math.PI);
  const maxLat = Math.min(90, center.lat + dLat);
  const minLat = Math.max(-90, center.lat - dLat);
  const widest = Math.max(Math.abs(maxLat), Math.abs(minLat));
  const cos = Math.cos((widest * Math.PI) / 180);
  const dLng = cos < 1e-9 ? 180 : Math.min(180, dLat / cos);
  return { minLat, maxLat, minLng: center.lng - dLng, maxLng: center.lng + dLng };
}
