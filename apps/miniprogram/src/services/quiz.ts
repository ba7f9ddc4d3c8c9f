import type { QuizAnswer, QuizAnswersRequest, QuizResultResponse, QuizTodayResponse } from '@zerowaste/shared';
import { request } from './http';
import { idempotencyHeaders, sendWithSavedKey } from './idempotency';

export function getTodayQuiz(): Promise<QuizTodayResponse> {
  return request<QuizTodayResponse>('GET', '/quiz/today');
}

export function submitQuizAnswers(answers: QuizAnswer[]): Promise<QuizResultResponse> {
  const body: QuizAnswersRequest = { answers };
  return sendWithSavedKey('quiz', body, (key) =>
    request<QuizResultResponse>('POST', '/quiz/answers', { body, headers: idempotencyHeaders(key) }),
  );
}
