import type { Socket } from 'node:net';
import { errorTable, type ErrorCode } from '../errors';

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (a URL or headers over the 16 KiB limit, a
 * malformed request line, a request that took too long): answered in the API's error format rather than
 * Node's or Fastify's own text. There is no request yet to read Accept-Language from, so the message is Chinese.
 * Passed to Fastify as `clientErrorHandler`.
 */
export function clientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, status]: [ErrorCode, number] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? ['HEADERS_TOO_LARGE', 431]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ['BAD_REQUEST', 408]
        : ['BAD_REQUEST', 400];
  const body = JSON.stringify({ error: { code, message: errorTable[code].zh } });
  const reason =
    status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
  // The socket may be writable but the peer gone; a write error then is not ours to report.
  socket.on('error', () => undefined);
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
