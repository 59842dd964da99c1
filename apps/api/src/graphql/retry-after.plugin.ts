import { type ApolloServerPlugin } from '@apollo/server';
import { errorEntry, isErrorCode } from '../errors/error-catalogue.js';

/**
 * Adds `Retry-After` to a GraphQL response holding a retryable error (`SERVICE_UNAVAILABLE`, e.g. the
 * database is down), with the catalogue's delay of the longest such code. The HTTP status stays Apollo's
 * (200 once execution ran), as GraphQL over HTTP expects.
 */
export const retryAfterPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        let seconds = 0;
        for (const error of response.body.singleResult.errors ?? []) {
          const reason = error.extensions?.reason;
          if (isErrorCode(reason)) seconds = Math.max(seconds, errorEntry(reason).retryAfterSeconds ?? 0);
        }
        if (seconds > 0) response.http.headers.set('retry-after', String(seconds));
      },
    };
  },
};
