import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { AppError } from '../errors/app-error.js';
import { type ClientError, clientError, type ErrorLog, toClientError } from '../errors/client-error.js';
import { type ErrorCode } from '../errors/error-catalogue.js';

/** Apollo's and graphql-js's own codes for errors of the request itself, and our codes for them. */
const REQUEST_ERROR_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'VARIABLES_INVALID',
  BAD_REQUEST: 'OPERATION_INVALID',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_NAME_UNKNOWN',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
};

/**
 * The error a resolver, a hook or the context threw, through Apollo's and graphql-js's wrappers; a coded
 * GraphQLError (Apollo's own request errors, e.g. `GRAPHQL_VALIDATION_FAILED`) is kept as it is.
 */
function originalOf(error: unknown): unknown {
  let current = unwrapResolverError(error);
  while (current instanceof GraphQLError && current.originalError) {
    // A coded refusal raised inside validation (query limits) or before execution keeps its code.
    if (current.originalError instanceof AppError) return current.originalError;
    if (current.extensions.code !== undefined) break;
    current = current.originalError;
  }
  return current;
}

/** Errors of the request itself (document, variables, persisted query), raised by Apollo or graphql-js. */
function requestError(error: unknown, formatted: GraphQLFormattedError): ClientError | null {
  if (!(error instanceof GraphQLError)) return null;
  const apolloCode = error.extensions.code;
  if (apolloCode === 'GRAPHQL_PARSE_FAILED' && /contains more tha[nt] \d+ tokens/i.test(error.message)) {
    return clientError('QUERY_TOO_LARGE', 'The document has more tokens than allowed.');
  }
  if (typeof apolloCode === 'string' && apolloCode in REQUEST_ERROR_CODES) {
    return clientError(REQUEST_ERROR_CODES[apolloCode]!, formatted.message);
  }
  // Apollo's uncoded refusals of a request (before execution: no path) carry an HTTP 4xx status.
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  if (
    apolloCode === undefined &&
    !error.path &&
    typeof status === 'number' &&
    status >= 400 &&
    status < 500
  ) {
    if (/sha does not match/i.test(error.message)) {
      return clientError(
        'PERSISTED_QUERY_HASH_MISMATCH',
        'The persisted-query hash does not match the query.',
      );
    }
    if (/persisted query version/i.test(error.message)) {
      return clientError('PERSISTED_QUERY_NOT_SUPPORTED', error.message);
    }
    return clientError('OPERATION_INVALID', error.message);
  }
  return null;
}

/**
 * The one place where errors become what a GraphQL client sees (Apollo's `formatError`, and the same for
 * subscriptions): every error leaves with `extensions.code` (its category, from the error catalogue) and
 * `extensions.reason` (its code), plus `field` when one input is at fault. Unknown errors are logged once
 * and leave as `INTERNAL_SERVER_ERROR` with a generic message, in every mode: no stack, no SQL.
 */
export function createFormatError(options: { log: ErrorLog }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    const known =
      (original instanceof AuthenticationError ? clientError('UNAUTHENTICATED', 'Sign in first.') : null) ??
      (original instanceof AuthorizationError ? clientError('FORBIDDEN', 'You may not do this.') : null) ??
      (original instanceof ArgumentValidationError
        ? clientError('INVALID_ARGUMENT', formatted.message)
        : null) ??
      requestError(original, formatted) ??
      toClientError(original, options.log, 'GraphQL operation');
    return {
      message: known.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: known.category,
        reason: known.code,
        ...(known.field ? { field: known.field } : {}),
      },
    };
  };
}

/**
 * A GraphQLError for an error raised before execution (context, request checks), carrying its HTTP status
 * and `Retry-After` to Apollo; `formatError` then shapes it like any other.
 */
export function graphQLErrorOf(error: unknown, log: ErrorLog): GraphQLError {
  const known = toClientError(error, log, 'GraphQL request');
  const headers = new HeaderMap();
  if (known.retryAfterSeconds) headers.set('retry-after', String(known.retryAfterSeconds));
  // Already logged (if at all): formatError meets it again as the AppError of its code.
  return new GraphQLError(known.message, {
    originalError: new AppError(known.code, known.message, known.field),
    extensions: { http: { status: known.status, headers } },
  });
}
