import { randomUUID } from 'node:crypto';
import {
  type GuideItemResponse,
  type QuizAnswer,
  type QuizQuestion,
  type QuizResultResponse,
  type QuizTodayResponse,
  WASTE_CATEGORIES,
  type WasteCategory,
} from '@zerowaste/shared';
import { TransactionRunner } from '../../apps/api/src/database/transaction-runner';
import { PointsService } from '../../apps/api/src/modules/points/points.service';
import { expectLedgerConsistent } from './support/ledger';
import { startTestApp, type TestApp, type SignedIn as User } from './support/test-app';

function quizHelpers(get: () => TestApp) {
  const today = async (user: User) => {
    const res = await get().request('GET', '/api/quiz/today', { token: user.token });
    expect(res.status).toBe(200);
    return res.json as unknown as QuizTodayResponse;
  };
  const submit = (user: User, answers: unknown, key?: string | null) =>
    get().postIdempotent('/api/quiz/answers', { token: user.token, body: { answers }, key });
  const rightCategory = async (itemId: number) =>
    ((await get().request('GET', `/api/guide/items/${itemId}`)).json as unknown as GuideItemResponse).category;
  /** Answers today's questions, the first `wrong` of them wrongly. */
  const answersFor = async (questions: QuizQuestion[], wrong = 0): Promise<QuizAnswer[]> =>
    Promise.all(
      questions.map(async (q, i) => {
        const right = await rightCategory(q.itemId);
        const category = i < wrong ? (WASTE_CATEGORIES.find((c) => c !== right) as WasteCategory) : right;
        return { itemId: q.itemId, category };
      }),
    );
  const balance = async (user: User) =>
    (await get().request('GET', '/api/points', { token: user.token })).json.balance as number;
  const entries = async (user: User) =>
    (await get().request('GET', '/api/points/entries', { token: user.token })).json.items as {
      kind: string;
      amount: number;
      refType: string | null;
    }[];
  return { today, submit, answersFor, balance, entries };
}

const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('Daily quiz', () => {
  let t: TestApp;
  const { today, submit, answersFor, balance, entries } = quizHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('asks the same five questions all day, with the four categories and never the answers', async () => {
    const user = await t.signIn();
    const first = await today(user);
    expect(first.day).toBe(chinaToday());
    expect(first.answered).toBe(false);
    expect(first.result).toBeUndefined();
    expect(first.questions).toHaveLength(5);
    expect(new Set(first.questions.map((q) => q.itemId)).size).toBe(5);
    for (const q of first.questions) {
      expect(Object.keys(q).sort()).toEqual(['itemId', 'name', 'options']);
      expect(q.options).toEqual([...WASTE_CATEGORIES]);
    }
    expect(await today(user)).toEqual(first);
  });

  it('asks another user other questions', async () => {
    const a = await today(await t.signIn());
    const b = await today(await t.signIn());
    expect(b.questions.map((q) => q.itemId)).not.toEqual(a.questions.map((q) => q.itemId));
  });

  it('scores right and wrong answers, awards a point for each right one and shows the right answers', async () => {
    const user = await t.signIn();
    const { questions } = await today(user);
    const answers = await answersFor(questions, 2);
    const res = await submit(user, answers);
    expect(res.status).toBe(201);
    const result = res.json as unknown as QuizResultResponse;
    expect(result).toMatchObject({ day: chinaToday(), correct: 3, awarded: 3, balance: 3 });
    expect(result.results).toHaveLength(5);
    result.results.forEach((r, i) => {
      expect(r).toEqual({
        itemId: questions[i].itemId,
        name: questions[i].name,
        yourCategory: answers[i].category,
        category: expect.any(String),
        tip: expect.any(String),
        correct: i >= 2,
      });
      expect(r.correct).toBe(r.category === r.yourCategory);
    });
    expect(await balance(user)).toBe(3);
    expect(await entries(user)).toEqual([
      expect.objectContaining({ kind: 'quiz', amount: 3, refType: 'quiz_attempt' }),
    ]);

    const after = await today(user);
    expect(after.answered).toBe(true);
    expect(after.questions).toEqual(questions);
    expect(after.result).toMatchObject({ correct: 3, awarded: 3, answeredAt: expect.any(String) });
    expect(after.result?.solutions.map((s) => s.category)).toEqual(result.results.map((r) => r.category));
    await expectLedgerConsistent(t);
  });

  it('awards nothing and writes no entry when every answer is wrong', async () => {
    const user = await t.signIn();
    const res = await submit(user, await answersFor((await today(user)).questions, 5));
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ correct: 0, awarded: 0, balance: 0 });
    expect(await entries(user)).toEqual([]);
    expect((await today(user)).answered).toBe(true);
  });

  it('takes one attempt a day and refuses the next with 409', async () => {
    const user = await t.signIn();
    const answers = await answersFor((await today(user)).questions);
    expect((await submit(user, answers)).status).toBe(201);
    const again = await submit(user, answers);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('QUIZ_ALREADY_ANSWERED');
    expect(await balance(user)).toBe(5);
  });

  it('takes one attempt even when ten submits race', async () => {
    const user = await t.signIn();
    const answers = await answersFor((await today(user)).questions);
    const results = await Promise.all(Array.from({ length: 10 }, () => submit(user, answers)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.json.code)).toEqual(
      Array(9).fill('QUIZ_ALREADY_ANSWERED'),
    );
    expect(await entries(user)).toHaveLength(1);
    expect(await balance(user)).toBe(5);
    const rows: { n: number | string }[] = await t.dataSource.query(
      'SELECT COUNT(*) AS n FROM quiz_attempts WHERE userId = ?',
      [user.userId],
    );
    expect(Number(rows[0].n)).toBe(1);
    await expectLedgerConsistent(t);
  });

  it('replays the first result for a retry with the same key, and refuses the key with other answers', async () => {
    const user = await t.signIn();
    const answers = await answersFor((await today(user)).questions, 1);
    const key = randomUUID();
    const first = await submit(user, answers, key);
    expect(first.status).toBe(201);
    const replay = await submit(user, answers, key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(first.json);
    const other = await submit(user, await answersFor((await today(user)).questions, 3), key);
    expect(other.status).toBe(422);
    expect(await entries(user)).toHaveLength(1);
    expect(await balance(user)).toBe(4);
  });

  it("refuses answers that are not exactly today's questions, names the field and records nothing", async () => {
    const user = await t.signIn();
    const { questions } = await today(user);
    const answers = await answersFor(questions);
    const foreign = (await t.request('GET', '/api/guide/items?pageSize=100')).json.items as GuideItemResponse[];
    const stranger = foreign.find((i) => !questions.some((q) => q.itemId === i.id)) as GuideItemResponse;
    const cases: [unknown, string][] = [
      [answers.slice(0, 4), 'answers'],
      [[...answers.slice(0, 4), { itemId: stranger.id, category: stranger.category }], 'answers.4.itemId'],
      [[...answers.slice(0, 4), answers[0]], 'answers.4.itemId'],
      [[...answers, { itemId: stranger.id, category: stranger.category }], 'answers.5.itemId'],
      [[{ ...answers[0], category: 'compost' }, ...answers.slice(1)], 'answers.0.category'],
      [[{ ...answers[0], itemId: 'one' }, ...answers.slice(1)], 'answers.0.itemId'],
      [[], 'answers'],
      ['all right', 'answers'],
    ];
    for (const [body, field] of cases) {
      const res = await submit(user, body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect((res.json.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    }
    const noKey = await submit(user, answers, null);
    expect(noKey.json.code).toBe('IDEMPOTENCY_KEY_MISSING');
    expect((await today(user)).answered).toBe(false);
    expect((await submit(user, answers)).status).toBe(201);
  });

  it('needs a signed-in user', async () => {
    expect((await t.request('GET', '/api/quiz/today')).status).toBe(401);
    expect((await t.postIdempotent('/api/quiz/answers', { body: { answers: [] } })).status).toBe(401);
  });
});

describe('Daily quiz cap', () => {
  let t: TestApp;
  const { today, submit, answersFor, balance, entries } = quizHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp({}, { pointsRules: { quiz: { questions: 5, pointsPerCorrect: 2, dailyCapPoints: 3 } } });
  });
  afterAll(() => t.close());

  /** Quiz points earned earlier today (another way in, such as a correction), straight through the ledger. */
  const earnedEarlier = async (user: User, amount: number) => {
    const points = t.app.get(PointsService);
    const accountId = await points.ensureAccount({ userId: user.userId });
    await t.app.get(TransactionRunner).run((em) => points.apply(em, accountId, { kind: 'quiz', amount }));
  };

  it('awards at most the daily quiz cap', async () => {
    const user = await t.signIn();
    const res = await submit(user, await answersFor((await today(user)).questions));
    expect(res.json).toMatchObject({ correct: 5, awarded: 3, balance: 3 });
    expect(await entries(user)).toEqual([expect.objectContaining({ kind: 'quiz', amount: 3 })]);
  });

  it('awards points per right answer below the cap', async () => {
    const user = await t.signIn();
    const res = await submit(user, await answersFor((await today(user)).questions, 4));
    expect(res.json).toMatchObject({ correct: 1, awarded: 2, balance: 2 });
  });

  it('counts quiz points already earned today against the cap', async () => {
    const user = await t.signIn();
    await earnedEarlier(user, 2);
    const res = await submit(user, await answersFor((await today(user)).questions));
    expect(res.json).toMatchObject({ correct: 5, awarded: 1, balance: 3 });
  });

  it('awards nothing once the cap is reached, but still records the attempt', async () => {
    const user = await t.signIn();
    await earnedEarlier(user, 3);
    const res = await submit(user, await answersFor((await today(user)).questions));
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ correct: 5, awarded: 0, balance: 3 });
    expect(await entries(user)).toHaveLength(1);
    expect(await balance(user)).toBe(3);
    expect((await today(user)).result).toMatchObject({ correct: 5, awarded: 0 });
    await expectLedgerConsistent(t);
  });
});
