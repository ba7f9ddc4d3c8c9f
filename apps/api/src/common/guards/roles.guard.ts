import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@zerowaste/shared';
import type { AuthenticatedRequest } from '../decorators/current-caller.decorator';
import { REQUIRED_ROLES } from '../decorators/roles.decorator';
import { AppError } from '../errors/app-error';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles?.length) return true;
    const caller = context.switchToHttp().getRequest<AuthenticatedRequest>().caller;
    if (caller?.hasAny(roles)) return true;
    throw AppError.forbidden(`This needs one of the roles: ${roles.join(', ')}`);
  }
}
