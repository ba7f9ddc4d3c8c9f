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
