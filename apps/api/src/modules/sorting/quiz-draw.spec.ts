import { chinaDay, chinaDayStart, drawQuestions } from './quiz-draw';

const items = Array.from({ length: 200 }, (_, i) => ({ id: i + 1 }));
const ids = (list: { id: number }[]) => list.map((i) => i.id);

describe('chinaDay', () => {
  it('turns at midnight in China, which is 16:00 UTC the day before', () => {
    expect(chinaDay(new Date('2025-03-01T15:59:59.999Z'))).toBe('2025-03-01');
    expect(chinaDay(new Date('2025-03-01T16:00:00.000Z'))).toBe('2025-03-02');
    expect(chinaDay(new Date('2024-12-31T16:00:00.000Z'))).toBe('2025-01-01');
  });

  it('gives the instant the day begins', () => {
    expect(chinaDayStart('2025-03-02').toISOString()).toBe('2025-03-01T16:00:00.000Z');
    expect(chinaDay(chinaDayStart('2025-03-02'))).toBe('2025-03-02');
  });
});

describe('drawQuestions', () => {
  it('draws the same questions for one user and day, whatever the order of the items', () => {
    const first = drawQuestions(items, 7, '2025-03-02', 5);
    expect(first).toHaveLength(5);
    expect(new Set(ids(first)).size).toBe(5);
    expect(ids(drawQuestions([...items].reverse(), 7, '2025-03-02', 5))).toEqual(ids(first));
  });

  it('draws other questions for another user or another day', () => {
    const base = ids(drawQuestions(items, 7, '2025-03-02', 5));
    expect(ids(drawQuestions(items, 8, '2025-03-02', 5))).not.toEqual(base);
    expect(ids(drawQuestions(items, 7, '2025-03-03', 5))).not.toEqual(base);
  });

  it('replaces only a hidden item when the guide changes during the day', () => {
    const before = ids(drawQuestions(items, 7, '2025-03-02', 5));
    const after = ids(
      drawQuestions(
        items.filter((i) => i.id !== before[0]),
        7,
        '2025-03-02',
        5,
      ),
    );
    expect(after.slice(0, 4)).toEqual(before.slice(1));
    expect(after[4]).not.toBe(before[0]);
  });

  it('spreads the draws over the whole guide', () => {
    const drawn = new Set<number>();
    for (let user = 1; user <= 100; user += 1)
      for (const i of drawQuestions(items, user, '2025-03-02', 5)) drawn.add(i.id);
    expect(drawn.size).toBeGreaterThan(150);
  });

  it('asks as many as there are when the guide is small', () => {
    expect(drawQuestions(items.slice(0, 3), 1, '2025-03-02', 5)).toHaveLength(3);
  });
});
