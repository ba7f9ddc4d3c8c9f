import { ERROR_STATUS, type ErrorCode, type FieldError } from '@zerowaste/shared';

/** A domain error; the exception filter renders it as `{code, message, errors?}` with the code's status. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  static forbidden(message = 'You may not do this'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static invalidField(field: string, message: string): AppError {
    return new AppError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);
  }
}
