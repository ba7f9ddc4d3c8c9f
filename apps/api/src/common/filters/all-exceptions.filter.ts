import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ERROR_STATUS, type ErrorCode, type ErrorResponse } from '@zerowaste/shared';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../errors/app-error';

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
}

// Fastify's own errors for bodies it could not read, by its error code.
const FASTIFY_ERRORS: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  // The router's: a path that is not valid percent-encoding, a path parameter over maxParamLength.
  FST_ERR_BAD_URL: 'BAD_REQUEST',
  FST_ERR_MAX_PARAM_LENGTH: 'BAD_REQUEST',
};

const MALFORMED_JSON_MESSAGES = ['Body is not valid JSON', 'Body cannot be empty when content-type is set to'];

const DUPLICATE_KEY_CODES = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
const DB_DOWN_CODES = new Set(['ECONNREFUSED', 'PROTOCOL_CONNECTION_LOST', 'ETIMEDOUT', 'ER_CON_COUNT_ERROR']);

/** Maps anything thrown (ours, Nest's, Fastify's, the database's) to the one error shape. */
export function toErrorResponse(exception: unknown, method: string, url: string): ErrorResponse {
  if (exception instanceof AppError) {
    return {
      code: exception.code,
      message: exception.message,
      ...(exception.errors && { errors: exception.errors }),
      ...(exception.retryAt && { retryAt: exception.retryAt.toISOString() }),
    };
  }
  if (exception instanceof ThrottlerException) {
    return { code: 'RATE_LIMITED', message: 'Too many requests; try again shortly' };
  }
  if (exception instanceof HttpException) return fromHttpException(exception, method, url);
  if (exception instanceof QueryFailedError) {
    const driverCode = (exception.driverError as { code?: string } | undefined)?.code ?? '';
    if (DUPLICATE_KEY_CODES.has(driverCode)) return { code: 'CONFLICT', message: 'That record already exists' };
  }
  const err = exception as FastifyLikeError | undefined;
  const fastifyCode = err?.code ? FASTIFY_ERRORS[err.code] : undefined;
  if (fastifyCode) return { code: fastifyCode, message: err?.message ?? 'Bad request' };
  if (err?.code && DB_DOWN_CODES.has(err.code)) {
    return { code: 'DB_UNAVAILABLE', message: 'The database is not reachable' };
  }
  // Fastify marks other client errors (bad headers, aborted bodies) with a 4xx statusCode.
  if (typeof err?.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return {
      code: err.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
      message: err.message ?? 'Bad request',
    };
  }
  return { code: 'INTERNAL', message: 'Something went wrong on our side' };
}

function fromHttpException(exception: HttpException, method: string, url: string): ErrorResponse {
  const status = exception.getStatus();
  switch (status) {
    case 404:
      return { code: 'ROUTE_NOT_FOUND', message: `No route ${method} ${url.split('?')[0]}` };
    case 405:
      return { code: 'METHOD_NOT_ALLOWED', message: exception.message };
    case 401:
      return { code: 'UNAUTHENTICATED', message: exception.message };
    case 403:
      return { code: 'FORBIDDEN', message: exception.message };
    case 413:
      return { code: 'PAYLOAD_TOO_LARGE', message: exception.message };
    case 415:
      return { code: 'UNSUPPORTED_MEDIA_TYPE', message: exception.message };
    case 429:
      return { code: 'RATE_LIMITED', message: exception.message };
    case 400:
      // Nest re-throws Fastify's body errors as plain HttpExceptions: only the message tells them apart.
      return MALFORMED_JSON_MESSAGES.some((m) => exception.message.startsWith(m))
        ? { code: 'MALFORMED_JSON', message: exception.message }
        : { code: 'BAD_REQUEST', message: exception.message };
    default:
      return status >= 500
        ? { code: 'INTERNAL', message: 'Something went wrong on our side' }
        : { code: 'BAD_REQUEST', message: exception.message };
  }
}

const logger = new Logger('Errors');

// Just what an error answer needs of Fastify's request and reply; also satisfied by the instance Nest wraps.
interface ErrorRequest {
  id: string;
  method: string;
  url: string;
}

interface ErrorReply {
  status(code: number): ErrorReply;
  header(name: string, value: string): ErrorReply;
  send(body: unknown): unknown;
}

/** Sends the error shape; only a true surprise (a 5xx) is logged, with the request id to find it by. */
export function sendError(exception: unknown, request: ErrorRequest, reply: ErrorReply): void {
  const body = toErrorResponse(exception, request.method, request.url);
  const status = ERROR_STATUS[body.code];
  const where = `${request.method} ${request.url.split('?')[0]} [${request.id}]`;
  if (body.code === 'INTERNAL') {
    logger.error(`${where}: ${exception instanceof Error ? exception.stack : String(exception)}`);
  } else if (status >= 500) {
    // A dependency is down or busy: worth a line, not a stack trace.
    logger.warn(`${body.code} on ${where}: ${body.message}`);
  }
  void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(exception, http.getRequest<ErrorRequest>(), http.getResponse<ErrorReply>());
  }
}
