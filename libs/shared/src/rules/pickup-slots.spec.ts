import { chinaDateStart, chinaWeekday, templateSlots } from './pickup-slots';

describe('pickup slot times (China time)', () => {
  const weekly = [
    { weekday: 4, start: '00:00', end: '01:00', capacity: 3 }, // Thursday just after midnight
    { weekday: 3, start: '23:00', end: '23:59', capacity: 2 }, // Wednesday just before midnight
    { weekday: 4, start: '09:00', end: '11:00', capacity: 12 },
  ];

  it('knows the weekday of a China day that began on the previous UTC date', () => {
    // 2026-12-03 is a Thursday; it begins at 2026-12-02T16:00Z.
    expect(chinaWeekday(new Date('2026-12-02T16:00:00Z'))).toBe(4);
  });

  it('places template slots on China days, across midnight, and leaves out those already started', () => {
    // 23:30 on Wednesday 2026-12-02 in China: Wednesday's 23:00 slot has started, Thursday's are ahead.
    const now = new Date('2026-12-02T15:30:00Z');
    const slots = templateSlots(weekly, now, 2).map((s) => [s.startsAt.toISOString(), s.capacity]);
    expect(slots).toEqual([
      ['2026-12-02T16:00:00.000Z', 3],
      ['2026-12-03T01:00:00.000Z', 12],
    ]);
  });

  it('makes the slots of the whole week ahead, each once', () => {
    const slots = templateSlots(weekly, new Date('2026-12-01T00:00:00Z'), 7);
    expect(slots).toHaveLength(3);
    expect(new Set(slots.map((s) => s.startsAt.getTime())).size).toBe(3);
  });

  it('reads a China date, refusing one that does not exist', () => {
    expect(chinaDateStart('2026-12-03')?.toISOString()).toBe('2026-12-02T16:00:00.000Z');
    expect(chinaDateStart('2026-02-30')).toBeNull();
  });
});
