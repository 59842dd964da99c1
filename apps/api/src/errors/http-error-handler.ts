import { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { invalidTextPath } from '../common/text.js';
import { AppError } from './app-error.js';
import { type ClientError, clientError, errorBody, toClientError } from './client-error.js';
import { type ErrorCode } from './error-catalogue.js';

const GRAPHQL_PATH = '/graphql';

/** Fastify's own refusals of a request (body parsing, URL), by Fastify's error code. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'CONTENT_TYPE_UNSUPPORTED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BODY_INVALID',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BODY_INVALID',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'REQUEST_INVALID',
  FST_ERR_BAD_URL: 'URL_INVALID',
  FST_ERR_VALIDATION: 'REQUEST_INVALID',
};

const FASTIFY_MESSAGES: Partial<Record<ErrorCode, string>> = {
  BODY_TOO_LARGE: 'The body is too large.',
  CONTENT_TYPE_UNSUPPORTED: 'This content type is not accepted here.',
  BODY_INVALID: 'The body is not valid JSON.',
  URL_INVALID: 'The URL is malformed.',
  REQUEST_INVALID: 'The request is malformed.',
};

/** A Fastify (or Fastify plugin) refusal of a malformed request, or null for any other error. */
function frameworkError(error: unknown): ClientError | null {
  if (error instanceof AppError || !(error instanceof Error)) return null;
  const { code, statusCode } = error as Partial<FastifyError>;
  let mapped = typeof code === 'string' ? FASTIFY_CODES[code] : undefined;
  if (!mapped && error instanceof SyntaxError && statusCode === 400) mapped = 'BODY_INVALID';
  if (!mapped && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    mapped =
      statusCode === 404
        ? 'ROUTE_NOT_FOUND'
        : statusCode === 413
          ? 'BODY_TOO_LARGE'
          : statusCode === 415
            ? 'CONTENT_TYPE_UNSUPPORTED'
            : 'REQUEST_INVALID';
  }
  return mapped ? clientError(mapped, FASTIFY_MESSAGES[mapped] ?? 'The request is malformed.') : null;
}

/**
 * Answers an HTTP request with a coded error: the catalogue's status, `Retry-After` when a retry may help,
 * and a JSON body `{ code, reason, message, field }` (on `/graphql`, the same inside `{ errors: [...] }`).
 */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: ClientError) {
  if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
  const body = errorBody(error);
  reply.code(error.status).header('cache-control', 'no-store').type('application/json; charset=utf-8');
  if (request.url.startsWith(GRAPHQL_PATH)) {
    const { message, ...extensions } = body;
    return reply.send({ errors: [{ message, extensions }] });
  }
  return reply.send(body);
}

/** The client's view of any error of an HTTP route (logged when unexpected, see `toClientError`). */
export function httpClientError(error: unknown, request: FastifyRequest): ClientError {
  return (
    frameworkError(error) ??
    toClientError(error, request.log, `${request.method} ${request.routeOptions.url ?? 'route'}`)
  );
}

/**
 * The one error handler of the HTTP routes (tracking, leads, webhooks, embeds, health, static files, and
 * Fastify's refusals before GraphQL runs): every error answers with a stable code and never a stack or SQL.
 * It also refuses, before any handler runs, params, query strings and bodies holding a NUL character or
 * invalid UTF-16 (`TEXT_INVALID`); GraphQL checks its arguments itself (`graphql/valid-text.plugin.ts`).
 * Call it first, so that every plugin registered afterwards inherits it.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => sendError(request, reply, httpClientError(error, request)));
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.routeOptions.url === GRAPHQL_PATH) return done();
    const field =
      invalidTextPath(request.params, '') ??
      invalidTextPath(request.query, '') ??
      invalidTextPath(request.body, '');
    if (field === null) return done();
    done(
      new AppError(
        'TEXT_INVALID',
        'Text may not contain NUL characters or invalid UTF-16 (lone surrogates).',
        field || undefined,
      ),
    );
  });
}

/**
 * The one not-found handler: `fallback` may answer first (the SPAs' deep links get their index.html);
 * anything else is `ROUTE_NOT_FOUND`.
 */
export function registerNotFoundHandler(
  app: FastifyInstance,
  fallback?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | null,
) {
  app.setNotFoundHandler((request, reply) => {
    const answered = fallback?.(request, reply);
    if (answered) return answered;
    return sendError(
      request,
      reply,
      clientError('ROUTE_NOT_FOUND', `${request.method} is not answered at this path.`),
    );
  });
}

/** For Fastify's `frameworkErrors` option: URL errors raised before routing. */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendError(request, reply, httpClientError(error, request));
}
