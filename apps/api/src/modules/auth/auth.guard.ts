import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Caller } from '../../common/auth/caller';
import type { AuthenticatedRequest } from '../../common/decorators/current-caller.decorator';
import { IS_PUBLIC } from '../../common/decorators/public.decorator';
import { AppError } from '../../common/errors/app-error';
import { CallerGrants } from '../users/caller-grants';
import { TokenService } from './token.service';

/**
 * Every route needs a valid bearer token unless marked @Public(). Roles come from the database (kept
 * a few seconds per replica by CallerGrants), not from the token, so that a revoked role stops working.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly grants: CallerGrants,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token>');
    const userId = this.tokens.verify(match[1]);
    if (userId === null) throw new AppError('UNAUTHENTICATED', 'The token is invalid or expired; sign in again');
    const grants = await this.grants.of(userId);
    if (!grants) throw new AppError('UNAUTHENTICATED', 'This account no longer exists; sign in again');
    request.caller = new Caller(userId, grants);
    return true;
  }
}
