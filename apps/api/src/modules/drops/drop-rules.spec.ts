import { cooldownEnds, cooldownWindowStart, dropAward } from './drop-rules';

describe('dropAward', () => {
  it('pays the base points while the cap is far', () => {
    expect(dropAward(2, 0, 20)).toBe(2);
    expect(dropAward(2, 18, 20)).toBe(2);
  });

  it('pays only the remainder on the drop that reaches the cap', () => {
    expect(dropAward(2, 19, 20)).toBe(1);
  });

  it('refuses once the cap is reached or passed (bonuses count toward it)', () => {
    expect(dropAward(2, 20, 20)).toBeNull();
    expect(dropAward(2, 23, 20)).toBeNull();
    expect(dropAward(0, 0, 0)).toBeNull();
  });

  it('records a zero-point drop when the rules give no base points', () => {
    expect(dropAward(0, 0, 20)).toBe(0);
  });
});

describe('cool-down', () => {
  it('ends the configured minutes after the last drop, and its window mirrors that', () => {
    const at = new Date('2026-03-10T08:00:00.000Z');
    expect(cooldownEnds(at, 30).toISOString()).toBe('2026-03-10T08:30:00.000Z');
    expect(cooldownWindowStart(cooldownEnds(at, 30), 30).toISOString()).toBe(at.toISOString());
  });
});
