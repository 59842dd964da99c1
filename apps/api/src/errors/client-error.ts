import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isDomainError } from '@partnerkit/domain';
import { isDatabaseUnavailable } from '../database/database-outage.js';
import { AppError } from './app-error.js';
import { type ErrorCategory, type ErrorCode, errorEntry } from './error-catalogue.js';

/** What a client is told about an error, GraphQL or HTTP alike. */
export interface ClientError {
  /** GraphQL `extensions.code`; HTTP body `code`. */
  readonly category: ErrorCategory;
  /** GraphQL `extensions.reason`; HTTP body `reason`: the catalogue's code. */
  readonly code: ErrorCode;
  readonly status: number;
  readonly message: string;
  /** The caller's input at fault, as the caller named it. */
  readonly field?: string;
  readonly retryAfterSeconds?: number;
}

export interface ErrorLog {
  error(object: unknown, message: string): void;
  warn(object: unknown, message: string): void;
}

/** The client's view of `code`, with its category and status from the catalogue. */
export function clientError(code: ErrorCode, message: string, field?: string): ClientError {
  const { category, status, retryAfterSeconds } = errorEntry(code);
  return {
    category,
    code,
    status,
    message,
    ...(field ? { field } : {}),
    ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
  };
}

/** Known errors (raised on purpose, or an expected condition such as a database outage); null otherwise. */
export function knownClientError(error: unknown): ClientError | null {
  if (error instanceof AppError) {
    const known = clientError(error.code, error.message, error.field);
    return error.retryAfterSeconds ? { ...known, retryAfterSeconds: error.retryAfterSeconds } : known;
  }
  if (isDomainError(error)) return clientError(error.code, error.message, error.field);
  if (error instanceof UniqueConstraintViolationException) {
    return clientError('ALREADY_EXISTS', 'This record already exists.');
  }
  if (isOutOfRange(error)) {
    // Each amount is bounded (MAX_MINOR_UNITS); a sum of many (a balance) is the database's to refuse.
    return clientError(
      'MONEY_AMOUNT_TOO_LARGE',
      'An amount, or a total or balance it would make, is too large to be stored; nothing was recorded.',
    );
  }
  if (isDatabaseUnavailable(error)) {
    return clientError('DATABASE_UNAVAILABLE', 'The database is unavailable just now; try again shortly.');
  }
  return null;
}

/** PostgreSQL's `numeric_value_out_of_range` (22003), e.g. a bigint sum past 2^63, as raised or as wrapped. */
function isOutOfRange(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if ((current as { code?: unknown }).code === '22003') return true;
    current =
      (current as { cause?: unknown; previous?: unknown }).previous ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The one decision of what a client sees of any error (used by `formatError` and the HTTP error handler):
 * a known error keeps its code, message and field; anything else is logged here, once, with its stack, and
 * the client gets `INTERNAL_SERVER_ERROR` with a generic message, in every mode (details stay in the log).
 * A database outage is logged as one line, without a stack: it is expected, and its own log says more.
 */
export function toClientError(error: unknown, log: ErrorLog, context: string): ClientError {
  const known = knownClientError(error);
  if (known?.code === 'DATABASE_UNAVAILABLE') {
    log.warn({ reason: known.code }, `${context}: database unavailable (${describe(error)})`);
  }
  if (known) return known;
  log.error({ err: error }, `${context}: unexpected error`);
  return clientError('INTERNAL_SERVER_ERROR', 'Internal server error.');
}

function describe(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message.split('\n')[0]!.slice(0, 200) : String(error);
  return typeof code === 'string' ? `${code}: ${text}` : text;
}

/** The JSON body of an HTTP error answer: the same fields as a GraphQL error's `extensions`, plus the message. */
export function errorBody(error: ClientError) {
  return {
    code: error.category,
    reason: error.code,
    message: error.message,
    ...(error.field ? { field: error.field } : {}),
  };
}
