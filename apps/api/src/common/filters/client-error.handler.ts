import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { ERROR_STATUS, type ErrorResponse } from '@zerowaste/shared';

/** What Node's HTTP parser refuses before Fastify sees a request, by its error code. */
export function clientErrorResponse(code: string | undefined): ErrorResponse {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { code: 'HEADERS_TOO_LARGE', message: 'The URL or the headers exceed the size the server accepts' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { code: 'REQUEST_TIMEOUT', message: 'The request took too long to arrive' };
    default:
      return { code: 'BAD_REQUEST', message: 'The request is not valid HTTP' };
  }
}

/**
 * Fastify's `clientErrorHandler`: answers in the one error shape (Fastify's default writes its own
 * `{error, message, statusCode}`), then closes the connection as Node's own handler does.
 */
export function clientErrorHandler(error: { code?: string }, socket: Socket): void {
  // The client has gone: there is nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const response = clientErrorResponse(error.code);
  const status = ERROR_STATUS[response.code];
  const body = JSON.stringify(response);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
