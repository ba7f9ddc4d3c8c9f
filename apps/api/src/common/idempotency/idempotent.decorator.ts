import { applyDecorators, createParamDecorator, type ExecutionContext, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { IdempotencyInterceptor, type IdempotentRequest } from './idempotency.interceptor';
import type { PendingAnswer } from './idempotency.store';

/** The route earns or spends points: it needs an Idempotency-Key, and a retry replays the first answer. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: true,
      description:
        '8–64 characters made by the client and stored before sending; a retry with the same key and body returns the first answer',
    }),
    ApiErrors('IDEMPOTENCY_KEY_MISSING', 'IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_IN_PROGRESS'),
  );

/** The claim of an `@Idempotent()` route, for its service to record the answer in its transaction. */
export const IdempotentAnswer = createParamDecorator((_data: unknown, ctx: ExecutionContext): PendingAnswer => {
  const answer = ctx.switchToHttp().getRequest<IdempotentRequest>().idempotentAnswer;
  // Set by IdempotencyInterceptor before the handler runs: missing means the route lacks @Idempotent().
  if (!answer) throw new Error('IdempotentAnswer used on a route without @Idempotent()');
  return answer;
});
