import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { IdempotencyInterceptor } from './idempotency.interceptor';

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
