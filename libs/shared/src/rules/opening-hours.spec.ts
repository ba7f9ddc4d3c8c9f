import { type OpeningHours, openNow, parseOpeningHours } from './opening-hours';

function parsed(text: string): OpeningHours {
  const result = parseOpeningHours(text);
  if (!result.ok) throw new Error(result.error);
  return result.hours;
}

/** An instant given in China time. */
const china = (local: string) => new Date(`${local}+08:00`);

describe('parseOpeningHours', () => {
  it('reads weekday ranges, lists, off days and dated exceptions', () => {
    const hours = parsed(
      'Mo-Fr 08:00-12:00, 14:00-18:00; Sa 09:00-12:00; Su off; 2026-10-01 off; 2026-10-02 10:00-16:00',
    );
    expect(hours.week.Mo).toEqual([
      { from: '08:00', to: '12:00' },
      { from: '14:00', to: '18:00' },
    ]);
    expect(hours.week.Sa).toEqual([{ from: '09:00', to: '12:00' }]);
    expect(hours.week.Su).toEqual([]);
    expect(hours.exceptions).toEqual({ '2026-10-01': [], '2026-10-02': [{ from: '10:00', to: '16:00' }] });
  });

  it('reads every day without a selector, 24/7, day lists and a range wrapping over the weekend', () => {
    expect(parsed('22:00-06:00').week.We).toEqual([{ from: '22:00', to: '06:00' }]);
    expect(parsed('24/7').week.Su).toEqual([{ from: '00:00', to: '24:00' }]);
    const hours = parsed('Mo,We 08:00-09:00; Fr-Mo 10:00-11:00');
    expect(hours.week.We).toEqual([{ from: '08:00', to: '09:00' }]);
    expect(hours.week.Tu).toEqual([]);
    // A later rule for Monday replaces the earlier one.
    expect(hours.week.Mo).toEqual([{ from: '10:00', to: '11:00' }]);
    expect(hours.week.Sa).toEqual([{ from: '10:00', to: '11:00' }]);
  });

  it.each([
    ['', 'is empty'],
    ['Mo-Fr', 'needs time ranges'],
    ['Mx 08:00-10:00', '"Mx" is not a day'],
    ['Mo 8:00-10:00', 'is not a time range'],
    ['Mo 08:00-25:00', 'is not a time range'],
    ['Mo 08:00-08:00', 'is empty'],
    ['2026-02-30 off', 'is not a day of the calendar'],
  ])('refuses %j naming the problem', (text, problem) => {
    const result = parseOpeningHours(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(problem);
  });
});

describe('openNow (China time)', () => {
  // 2026-10-02 is a Friday.
  const hours = parsed('Mo-Fr 08:00-18:00; Sa 22:00-06:00; Su off; 2026-10-01 off');

  it('is open inside a day range and closed at its end', () => {
    expect(openNow(hours, china('2026-10-02T08:00:00'))).toBe(true);
    expect(openNow(hours, china('2026-10-02T17:59:59'))).toBe(true);
    expect(openNow(hours, china('2026-10-02T18:00:00'))).toBe(false);
    expect(openNow(hours, china('2026-10-02T07:59:59'))).toBe(false);
  });

  it('uses China time, not UTC: 08:30 in Beijing is 00:30 UTC', () => {
    expect(openNow(hours, new Date('2026-10-02T00:30:00Z'))).toBe(true);
    expect(openNow(hours, new Date('2026-10-01T23:30:00Z'))).toBe(false);
  });

  it('keeps an overnight range open past midnight into the next day, until its end', () => {
    expect(openNow(hours, china('2026-10-03T21:59:59'))).toBe(false);
    expect(openNow(hours, china('2026-10-03T23:59:59'))).toBe(true);
    // Sunday is off, yet Saturday night's range runs on to 06:00.
    expect(openNow(hours, china('2026-10-04T00:00:00'))).toBe(true);
    expect(openNow(hours, china('2026-10-04T05:59:59'))).toBe(true);
    expect(openNow(hours, china('2026-10-04T06:00:00'))).toBe(false);
    // Friday has no overnight range: nothing spills into Saturday morning.
    expect(openNow(hours, china('2026-10-03T01:00:00'))).toBe(false);
  });

  it('closes on an exception date that replaces a weekday', () => {
    // 2026-10-01 is a Thursday.
    expect(openNow(hours, china('2026-10-01T10:00:00'))).toBe(false);
    expect(openNow(hours, china('2026-09-30T10:00:00'))).toBe(true);
  });

  it('an exception closing the night a range starts closes its spill past midnight too', () => {
    const nightly = parsed('22:00-06:00; 2026-10-01 off; 2026-10-03 12:00-13:00');
    expect(openNow(nightly, china('2026-10-01T23:00:00'))).toBe(false);
    expect(openNow(nightly, china('2026-10-02T01:00:00'))).toBe(false);
    expect(openNow(nightly, china('2026-10-02T23:00:00'))).toBe(true);
    // The 3rd's exception does not cut short the range that began on the 2nd.
    expect(openNow(nightly, china('2026-10-03T05:00:00'))).toBe(true);
    expect(openNow(nightly, china('2026-10-03T12:30:00'))).toBe(true);
    expect(openNow(nightly, china('2026-10-03T23:00:00'))).toBe(false);
  });

  it('24:00 ends at midnight and 24/7 is always open', () => {
    const late = parsed('Mo-Su 20:00-24:00');
    expect(openNow(late, china('2026-10-02T23:59:59'))).toBe(true);
    expect(openNow(late, china('2026-10-03T00:00:00'))).toBe(false);
    expect(openNow(parsed('24/7'), china('2026-10-04T00:00:00'))).toBe(true);
  });
});
