import { ERROR_STATUS, type ErrorCode, type FieldError } from '@zerowaste/shared';

/** A domain error; the exception filter renders it as `{code, message, errors?}` with the code's status. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    /** When a refusal that passes with time (cool-down, daily cap) stops applying. */
    readonly retryAt?: Date,
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

  static retryLater(code: ErrorCode, message: string, retryAt: Date): AppError {
    return new AppError(code, message, undefined, retryAt);
  }

  static invalidField(field: string, message: string): AppError {
    return new AppError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);
  }
}
