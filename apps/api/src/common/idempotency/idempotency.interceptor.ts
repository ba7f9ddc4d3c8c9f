import { createHash } from 'node:crypto';
import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  RequestMethod,
} from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, mergeMap, type Observable, of } from 'rxjs';
import type { AuthenticatedRequest } from '../decorators/current-caller.decorator';
import { AppError } from '../errors/app-error';
import { IdempotencyStore, PendingAnswer } from './idempotency.store';

const KEY_PATTERN = /^[\w-]{8,64}$/;

export interface IdempotentRequest extends AuthenticatedRequest {
  idempotentAnswer?: PendingAnswer;
}

/** Stable JSON: the same body with keys in another order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new AppError(
        'IDEMPOTENCY_KEY_MISSING',
        'Send an Idempotency-Key header of 8 to 64 letters, digits, _ or -',
        [{ field: 'Idempotency-Key', message: 'must be 8 to 64 letters, digits, _ or -' }],
      );
    }
    if (!request.caller) throw new Error('Idempotent routes need a signed-in caller');
    const userId = request.caller.userId;
    const route = request.routeOptions.url ?? request.url;
    const fingerprint = createHash('sha256')
      .update(`${request.method} ${route} ${canonical(request.params)} ${canonical(request.body)}`)
      .digest('hex');
    const status = this.successStatus(context);

    return from(this.store.claim(userId, key, fingerprint)).pipe(
      mergeMap((claim) => {
        if (claim.kind === 'replay') {
          void reply.status(claim.status).header('idempotent-replayed', 'true');
          return of(claim.body);
        }
        const answer = new PendingAnswer(this.store, claim.id, status);
        request.idempotentAnswer = answer;
        return from(
          lastValueFrom(next.handle()).then(
            async (body) => {
              if (!answer.recorded) await this.store.complete(claim.id, status, body);
              return body;
            },
            async (error: unknown) => {
              await this.store.release(claim.id);
              throw error;
            },
          ),
        );
      }),
    );
  }

  private successStatus(context: ExecutionContext): number {
    const explicit = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler());
    if (explicit) return explicit;
    const method = this.reflector.get<RequestMethod | undefined>(METHOD_METADATA, context.getHandler());
    return method === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK;
  }
}
