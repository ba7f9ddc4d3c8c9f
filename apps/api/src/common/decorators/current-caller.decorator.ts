import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../auth/caller';

export interface AuthenticatedRequest extends FastifyRequest {
  caller?: Caller;
}

export const CurrentCaller = createParamDecorator((_data: unknown, ctx: ExecutionContext): Caller => {
  const caller = ctx.switchToHttp().getRequest<AuthenticatedRequest>().caller;
  // The auth guard runs on every non-public route, so a missing caller is a wiring bug, not a client error.
  if (!caller) throw new Error('CurrentCaller used on a public route');
  return caller;
});
