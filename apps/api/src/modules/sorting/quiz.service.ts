import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WASTE_CATEGORIES, type WasteCategory } from '@zerowaste/shared';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError } from '../../common/errors/app-error';
import type { PendingAnswer } from '../../common/idempotency/idempotency.store';
import { CONFIG, type Config } from '../../config/config';
import { TransactionRunner } from '../../database/transaction-runner';
import { PointsService } from '../points/points.service';
import type { QuizAnswersDto, QuizResultDto, QuizSolutionDto, QuizTodayDto } from './dto/quiz.dto';
import { isUniqueViolation } from './guide.service';
import { GuideCatalog } from './guide-catalog';
import type { GuideItem } from './guide-item.entity';
import { QuizAttempt } from './quiz-attempt.entity';
import { chinaDay, chinaDayStart, drawQuestions } from './quiz-draw';

/** The daily quiz: the same few guide items all day for one user, answered once, points within a daily cap. */
@Injectable()
export class QuizService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly catalog: GuideCatalog,
    private readonly points: PointsService,
  ) {}

  async today(caller: Caller, now = new Date()): Promise<QuizTodayDto> {
    const day = chinaDay(now);
    const questions = await this.questionsFor(caller.userId, day);
    const attempt = await this.dataSource.getRepository(QuizAttempt).findOneBy({ userId: caller.userId, day });
    return {
      day,
      questions: questions.map((item) => ({ itemId: item.id, name: item.name, options: [...WASTE_CATEGORIES] })),
      answered: attempt !== null,
      ...(attempt && {
        result: {
          correct: attempt.correct,
          awarded: attempt.awarded,
          answeredAt: attempt.createdAt.toISOString(),
          solutions: questions.map(solution),
        },
      }),
    };
  }

  async answer(caller: Caller, dto: QuizAnswersDto, pending?: PendingAnswer, now = new Date()): Promise<QuizResultDto> {
    const day = chinaDay(now);
    const questions = await this.questionsFor(caller.userId, day);
    assertAnswersTodays(dto, questions);
    const attempts = this.dataSource.getRepository(QuizAttempt);
    if (await attempts.existsBy({ userId: caller.userId, day })) throw alreadyAnswered();

    const byId = new Map(dto.answers.map((a) => [a.itemId, a.category]));
    const results = questions.map((item) => {
      const yourCategory = byId.get(item.id) as WasteCategory;
      return { ...solution(item), yourCategory, correct: yourCategory === item.category };
    });
    const correct = results.filter((r) => r.correct).length;
    const rules = this.config.points.quiz;

    const accountId = await this.points.ensureAccount({ userId: caller.userId });
    try {
      return await this.tx.run(async (em) => {
        const account = await this.points.lock(em, accountId);
        // Checked again under the account lock; the unique index on (userId, day) backs it.
        if (await em.existsBy(QuizAttempt, { userId: caller.userId, day })) throw alreadyAnswered();
        const earned = await this.points.earnedSince(em, accountId, ['quiz'], chinaDayStart(day));
        const awarded = Math.max(0, Math.min(correct * rules.pointsPerCorrect, rules.dailyCapPoints - earned));
        const inserted = await em.insert(QuizAttempt, { userId: caller.userId, day, correct, awarded });
        if (awarded > 0) {
          await this.points.apply(em, account, {
            kind: 'quiz',
            amount: awarded,
            refType: 'quiz_attempt',
            refId: inserted.identifiers[0].id as number,
            note: `每日答题 ${day}：答对 ${correct}/${questions.length}`,
          });
        }
        const answer = { day, correct, awarded, balance: account.balance, results };
        await pending?.record(em, answer);
        return answer;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyAnswered();
      throw error;
    }
  }

  private async questionsFor(userId: number, day: string): Promise<GuideItem[]> {
    const items = (await this.catalog.current()).items;
    return drawQuestions(items, userId, day, this.config.points.quiz.questions);
  }
}

function solution(item: GuideItem): QuizSolutionDto {
  return { itemId: item.id, name: item.name, category: item.category, tip: item.tip };
}

function alreadyAnswered(): AppError {
  return new AppError('QUIZ_ALREADY_ANSWERED', "Today's quiz is already answered; come back tomorrow");
}

/** The answers must cover exactly today's questions, each once, so that nobody scores an easier set. */
function assertAnswersTodays(dto: QuizAnswersDto, questions: GuideItem[]): void {
  const asked = new Set(questions.map((q) => q.id));
  const seen = new Set<number>();
  for (const [i, answer] of dto.answers.entries()) {
    if (!asked.has(answer.itemId)) {
      throw AppError.invalidField(`answers.${i}.itemId`, `item ${answer.itemId} is not one of today's questions`);
    }
    if (seen.has(answer.itemId)) {
      throw AppError.invalidField(`answers.${i}.itemId`, `item ${answer.itemId} is answered twice`);
    }
    seen.add(answer.itemId);
  }
  if (seen.size !== asked.size) {
    throw AppError.invalidField('answers', `must answer all ${asked.size} of today's questions`);
  }
}
