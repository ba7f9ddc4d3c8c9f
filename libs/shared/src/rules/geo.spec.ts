import { distanceMeters, isInChina } from './geo';

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
