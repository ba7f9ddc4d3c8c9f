/** Every error the API can answer with. The HTTP status travels with the code. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  WECHAT_CODE_INVALID: 401,
  IDEMPOTENCY_KEY_MISSING: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  INSUFFICIENT_POINTS: 409,
  OUT_OF_STOCK: 409,
  REDEMPTION_CLOSED: 409,
  QUIZ_ALREADY_ANSWERED: 409,
  SLOT_FULL: 409,
  SLOT_CLOSED: 409,
  SLOT_PAST: 409,
  TOO_MANY_OPEN_PICKUPS: 409,
  CANCEL_TOO_LATE: 409,
  PICKUP_CLOSED: 409,
  QR_RETIRED: 410,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  QR_INVALID: 422,
  NO_PICKUP_AREA: 422,
  BELOW_MIN_KG: 422,
  IMPORT_INVALID: 422,
  RATE_LIMITED: 429,
  DROP_COOLDOWN: 429,
  DAILY_CAP_REACHED: 429,
  HEADERS_TOO_LARGE: 431,
  INTERNAL: 500,
  WECHAT_REJECTED: 502,
  WECHAT_UNAVAILABLE: 503,
  DB_UNAVAILABLE: 503,
  PRINT_UNAVAILABLE: 503,
  SHUTTING_DOWN: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One problem with one field of a request. `field` is a dotted path such as `location.lat`. */
export interface FieldError {
  field: string;
  message: string;
}

/** The one error shape every endpoint answers with. */
export interface ErrorResponse {
  code: ErrorCode;
  message: string;
  errors?: FieldError[];
  /** For refusals that pass with time (cool-down, daily cap): when trying again can succeed (ISO 8601). */
  retryAt?: string;
}

export function isErrorResponse(value: unknown): value is ErrorResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorResponse).code === 'string' &&
    (value as ErrorResponse).code in ERROR_STATUS &&
    typeof (value as ErrorResponse).message === 'string'
  );
}
