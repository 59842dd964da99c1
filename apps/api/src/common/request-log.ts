import { type FastifyInstance, type FastifyRequest } from 'fastify';

/** A request slower than this is logged whatever its route (warn). */
export const SLOW_REQUEST_MS = 1_000;

/**
 * Routes that run thousands of times a minute and say nothing worth a line when they go well: the tracking
 * redirect, health probes, the merchant snippet and the SPAs' static files. Their errors (5xx) and slow
 * answers are still logged.
 */
const QUIET = /^\/(?:r\/|readyz|healthz|snippet\.js|embed\/|admin\/|portal\/|favicon\.ico|$)/;

const isQuiet = (request: FastifyRequest) => QUIET.test(request.url);

/**
 * One log line per request, written when the answer is sent (Fastify's own request logging is off):
 * `info` for API calls (method, route, status, time), nothing for the quiet routes unless they fail or are
 * slow; a server error is `error` (a 503 of a database outage only `debug`: the outage is logged once), a
 * slow request `warn`. No bodies, cookies or headers are logged.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    const ms = reply.elapsedTime;
    const line = {
      method: request.method,
      url: request.url.length > 200 ? `${request.url.slice(0, 200)}…` : request.url,
      status: reply.statusCode,
      ms: Math.round(ms),
    };
    // 503: the database is down; the outage is logged once where it is noticed, not once per request.
    if (reply.statusCode === 503) request.log.debug(line, 'request refused: service unavailable');
    else if (reply.statusCode >= 500) request.log.error(line, 'request failed');
    else if (ms >= SLOW_REQUEST_MS) request.log.warn(line, 'slow request');
    else if (!isQuiet(request)) request.log.info(line, 'request');
    done();
  });
}
