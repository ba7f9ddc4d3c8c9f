import type { Server as HttpServer } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { ErrorResponse } from '@zerowaste/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const SHUTTING_DOWN: ErrorResponse = { code: 'SHUTTING_DOWN', message: 'The server is shutting down: try again' };

/**
 * Makes closing the app a graceful stop: the server takes in the connections already made and then
 * no new ones, requests in flight finish (for up to `graceMs`), and only then does the close go on
 * to the database pool. A request counts from its arrival until its handler has answered (onSend),
 * which happens even when its client has already gone: the pool must stay open for it. Requests
 * that still arrive on open connections get a 503 in our error shape, with `connection: close`.
 *
 * Fastify must be built with `return503OnClosing: false`, or it answers those itself in its own shape.
 */
export function drainRequestsOnClose(fastify: FastifyInstance, graceMs: number): void {
  const inFlight = new Set<FastifyRequest>();
  let draining = false;
  let drained: (() => void) | null = null;

  // Callback hooks: they run on every request, and an async hook costs a promise each time.
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!draining) {
      inFlight.add(request);
      return done();
    }
    void reply.code(503).header('connection', 'close').send(SHUTTING_DOWN);
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (draining) void reply.header('connection', 'close');
    if (inFlight.delete(request) && inFlight.size === 0) drained?.();
    done(null, payload);
  });

  // preClose runs inside app.close() after Nest's onModuleDestroy hooks and before the HTTP server
  // closes and the onApplicationShutdown hooks (TypeORM's pool among them).
  fastify.addHook('preClose', async () => {
    draining = true;
    const server = fastify.server;
    const started = Date.now();
    await takeInCompletedConnections(server, Math.min(graceMs, MAX_TAKE_IN_MS));
    // No new connections, but the open ones stay: a request that arrives on one gets its 503
    // (http.Server#close would drop the idle ones now, and with them requests the kernel has
    // received that Node has not read yet).
    if (server.listening) NetServer.prototype.close.call(server);
    // At the end of the grace whatever is left is cut off, busy connections included.
    const cutOff = setTimeout(
      () => {
        if (inFlight.size) fastify.log.warn(`${inFlight.size} request(s) still running after the grace: cut off`);
        server.closeAllConnections();
        drained?.();
      },
      graceMs - (Date.now() - started),
    );
    server.once('close', () => clearTimeout(cutOff));
    if (inFlight.size > 0) await new Promise<void>((resolve) => (drained = resolve));
    // Nothing in flight: connections waiting for a next request close now; one that is receiving a
    // request still gets its answer.
    server.closeIdleConnections();
  });
}

const MAX_TAKE_IN_MS = 1000;

/**
 * Accepts the connections the kernel has already completed before the listener closes, which would
 * reset them although their clients may have sent a whole request. A busy Node accepts about one
 * connection per turn of the event loop, so this waits for a turn that brings none (or `maxMs`).
 */
async function takeInCompletedConnections(server: HttpServer, maxMs: number): Promise<void> {
  let accepted = true;
  const onConnection = () => {
    accepted = true;
  };
  server.on('connection', onConnection);
  // Each turn is counted from one check phase (where immediates run) to the next, across a poll phase.
  await new Promise(setImmediate);
  for (const deadline = Date.now() + maxMs; accepted && Date.now() < deadline; ) {
    accepted = false;
    await new Promise(setImmediate);
  }
  server.off('connection', onConnection);
}
