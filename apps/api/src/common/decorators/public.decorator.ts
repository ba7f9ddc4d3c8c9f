import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Lets a route be called without signing in. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
