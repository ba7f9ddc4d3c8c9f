import { applyDecorators, SetMetadata } from '@nestjs/common';
import type { Role } from '@zerowaste/shared';
import { ApiErrors } from '../openapi/api-errors.decorator';

export const REQUIRED_ROLES = 'requiredRoles';

/** Only callers holding at least one of these roles may call the route (admins included only when listed). */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiErrors('FORBIDDEN'));
