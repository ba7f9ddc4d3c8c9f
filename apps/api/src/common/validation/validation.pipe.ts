import { type ArgumentMetadata, type ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@zerowaste/shared';
import { AppError } from '../errors/app-error';

/** Flattens class-validator's tree into `field: problem` pairs with dotted paths (`location.lat`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Global validation: unknown fields are refused, not dropped silently, and a body that is not a JSON
 * object (an array, a string, `null`) is refused before class-validator, which would let an array pass.
 */
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => {
        const fieldErrors = flattenValidationErrors(errors);
        const summary = fieldErrors
          .slice(0, 3)
          .map((e) => `${e.field}: ${e.message}`)
          .join('; ');
        return new AppError('VALIDATION_FAILED', summary || 'The request is not valid', fieldErrors);
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (value === undefined) return super.transform({}, metadata);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new AppError('VALIDATION_FAILED', 'body: must be a JSON object', [
          { field: 'body', message: 'must be a JSON object' },
        ]);
      }
    }
    return super.transform(value, metadata);
  }
}
