import { maskAddress, maskPhone } from './pii-mask';

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('keeps only the last two digits of a short number', () => {
    expect(maskPhone('12345')).toBe('***45');
  });
});

describe('maskAddress', () => {
  it('cuts a community address to the building', () => {
    expect(maskAddress('幸福里小区3号楼2单元501')).toBe('幸福里小区3号楼…');
    expect(maskAddress('幸福里小区12栋1201')).toBe('幸福里小区12栋…');
    expect(maskAddress('阳光花园B座8层')).toBe('阳光花园B座…');
  });
  it('cuts a village address before the house number', () => {
    expect(maskAddress('东三召村18号')).toBe('东三召村…');
  });
  it('keeps at most six characters of an address without either', () => {
    expect(maskAddress('某某路某某街道某处')).toBe('某某路某某街…');
  });
});
