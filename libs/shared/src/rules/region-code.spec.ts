import { isWithinRegion, parentRegionCode, regionLevelOf, regionPrefix } from './region-code';

describe('region codes (GB/T 2260)', () => {
  it.each([
    ['130000', 'province'],
    ['130500', 'city'],
    ['130502', 'county'],
    ['130502001', 'town'],
    ['130502001001', 'community'],
    ['13050', null],
    ['1305020010', null],
    ['abcdef', null],
  ])('knows %s is a %s', (code, level) => {
    expect(regionLevelOf(code)).toBe(level);
  });

  it('walks up the tree one level at a time', () => {
    expect(parentRegionCode('130502001001')).toBe('130502001');
    expect(parentRegionCode('130502001')).toBe('130502');
    expect(parentRegionCode('130502')).toBe('130500');
    expect(parentRegionCode('130500')).toBe('130000');
    expect(parentRegionCode('130000')).toBeNull();
  });

  it('tells whether a code lies within a region', () => {
    expect(isWithinRegion('130502001001', '130500')).toBe(true);
    expect(isWithinRegion('130502001001', '130502001001')).toBe(true);
    expect(isWithinRegion('130503001', '130502')).toBe(false);
  });

  it('gives the prefix shared by everything below a region', () => {
    expect(regionPrefix('130000')).toBe('13');
    expect(regionPrefix('130500')).toBe('1305');
    expect(regionPrefix('130502')).toBe('130502');
    expect(regionPrefix('130502001')).toBe('130502001');
  });
});
