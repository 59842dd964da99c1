import { type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { AppError } from '../errors/app-error.js';
import { errorEntry, isErrorCode } from '../errors/error-catalogue.js';

/** The seconds an error of a resolver asks to wait (a rate limit's window), if it says. */
function retryAfterOf(error: unknown): number {
  let current = unwrapResolverError(error);
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current instanceof AppError ? (current.retryAfterSeconds ?? 0) : 0;
}

/**
 * Adds `Retry-After` to a GraphQL response holding a retryable error (`SERVICE_UNAVAILABLE`, e.g. the
 * database is down, or a rate limit), with the longest delay of its errors: the catalogue's, or the one the
 * error carries. The HTTP status stays Apollo's (200 once execution ran), as GraphQL over HTTP expects.
 */
export const retryAfterPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    let fromErrors = 0;
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) fromErrors = Math.max(fromErrors, retryAfterOf(error));
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        let seconds = fromErrors;
        for (const error of response.body.singleResult.errors ?? []) {
          const reason = error.extensions?.reason;
          if (isErrorCode(reason)) seconds = Math.max(seconds, errorEntry(reason).retryAfterSeconds ?? 0);
        }
        if (seconds > 0) response.http.headers.set('retry-after', String(seconds));
      },
    };
  },
};
