import { type ArgumentMetadata, type Type, type ValidationError, ValidationPipe } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';
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
 * The body's fields that are `null` where the OpenAPI document does not say `nullable`: class-validator's
 * `@IsOptional()` lets `null` through, which would reach a NOT NULL column (a 500) or mean "clear it".
 */
export function unexpectedNulls(body: object, metatype: Type<unknown>): FieldError[] {
  return Object.entries(body)
    .filter(([field, value]) => {
      if (value !== null) return false;
      const documented = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, metatype.prototype, field) as
        | { nullable?: boolean }
        | undefined;
      // An undocumented field is refused as unknown by the whitelist instead.
      return documented !== undefined && !documented.nullable;
    })
    .map(([field]) => ({ field, message: `${field} must not be null` }));
}

/**
 * Global validation: unknown fields are refused, not dropped silently, a body that is not a JSON
 * object (an array, a string, `null`) is refused before class-validator, which would let an array pass,
 * and so is `null` where the document does not allow it.
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

  // Nest turns a numeric route parameter into a number with `+value`, so `0x10`, `1e3`, ` 1` or an
  // empty segment would each name a record; only decimal digits do, anything else is left to ParseIntPipe to refuse.
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    if (
      metadata.type === 'param' &&
      metadata.metatype === Number &&
      typeof value === 'string' &&
      !/^-?\d+$/.test(value)
    ) {
      return value;
    }
    return super.transformPrimitive(value, metadata);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (value === undefined) return super.transform({}, metadata);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new AppError('VALIDATION_FAILED', 'body: must be a JSON object', [
          { field: 'body', message: 'must be a JSON object' },
        ]);
      }
      const nulls = unexpectedNulls(value, metadata.metatype);
      if (nulls.length) throw new AppError('VALIDATION_FAILED', nulls.map((e) => e.message).join('; '), nulls);
    }
    return super.transform(value, metadata);
  }
}
