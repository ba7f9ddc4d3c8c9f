import { chinaDayStart, nextChinaMidnight } from './china-time';

describe('China day', () => {
  it('starts at 16:00 UTC the day before', () => {
    expect(chinaDayStart(new Date('2026-03-10T15:59:59.999Z')).toISOString()).toBe('2026-03-09T16:00:00.000Z');
    expect(chinaDayStart(new Date('2026-03-10T16:00:00.000Z')).toISOString()).toBe('2026-03-10T16:00:00.000Z');
    expect(chinaDayStart(new Date('2026-03-10T23:30:00.000Z')).toISOString()).toBe('2026-03-10T16:00:00.000Z');
  });

  it('gives the next Beijing midnight, strictly after the instant', () => {
    expect(nextChinaMidnight(new Date('2026-03-10T16:00:00.000Z')).toISOString()).toBe('2026-03-11T16:00:00.000Z');
    expect(nextChinaMidnight(new Date('2026-03-10T08:00:00.000Z')).toISOString()).toBe('2026-03-10T16:00:00.000Z');
  });
});
