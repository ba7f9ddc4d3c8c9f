import { boundingBox, distanceMeters, isInChina } from './geo';

describe('geo', () => {
  it('measures about 111 km for one degree of latitude', () => {
    expect(distanceMeters({ lat: 37, lng: 114.5 }, { lat: 38, lng: 114.5 })).toBeCloseTo(111_195, -2);
  });

  it('measures zero between a point and itself', () => {
    expect(distanceMeters({ lat: 37.07, lng: 114.5 }, { lat: 37.07, lng: 114.5 })).toBe(0);
  });

  it('catches swapped latitude and longitude', () => {
    expect(isInChina({ lat: 37.07, lng: 114.5 })).toBe(true);
    expect(isInChina({ lat: 114.5, lng: 37.07 })).toBe(false);
  });
});

describe('boundingBox', () => {
  it('holds every point of the circle, and its edges lie at about the radius', () => {
    const center = { lat: 37.07, lng: 114.5 };
    const box = boundingBox(center, 2000);
    for (let bearing = 0; bearing < 360; bearing += 5) {
      const rad = (bearing * Math.PI) / 180;
      // Points just inside the circle, in every direction.
      const p = {
        lat: center.lat + (1999 / 111_195) * Math.cos(rad),
        lng: center.lng + ((1999 / 111_195) * Math.sin(rad)) / Math.cos((center.lat * Math.PI) / 180),
      };
      expect(distanceMeters(center, p)).toBeLessThan(2000);
      expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(p.lat).toBeLessThanOrEqual(box.maxLat);
      expect(p.lng).toBeGreaterThanOrEqual(box.minLng);
      expect(p.lng).toBeLessThanOrEqual(box.maxLng);
    }
    expect(distanceMeters(center, { lat: box.maxLat, lng: center.lng })).toBeCloseTo(2000, 0);
  });
});
