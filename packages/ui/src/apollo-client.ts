import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { runtimeConfig, webSocketUrl } from './runtime-config.js';

export type PartnerkitApp = 'admin' | 'portal';

/**
 * The Apollo Client of an SPA: queries and mutations over HTTP with the session cookie, subscriptions over
 * graphql-ws on the same endpoint. `app` tells the API which session cookie (admin or partner) to use.
 */
export function createPartnerkitClient(app: PartnerkitApp): ApolloClient {
  const { apiUrl } = runtimeConfig();
  const http = new HttpLink({ uri: apiUrl, credentials: 'include', headers: { 'x-partnerkit-app': app } });
  // Set below; the socket's `connected` handler runs only after the client exists.
  const holder: { client?: ApolloClient } = {};
  const ws = new GraphQLWsLink(
    createClient({
      url: webSocketUrl(apiUrl),
      connectionParams: { app },
      lazy: true,
      // Reconnect for ever, with a capped backoff; a socket closed because the session ended (4401) stays
      // closed (graphql-ws does not retry it), the next request then finds the caller signed out.
      retryAttempts: Infinity,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelayMs(retries))),
      on: {
        // Back after a drop: what happened meanwhile was not pushed, so the screens read it again.
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) void holder.client?.refetchObservableQueries();
        },
      },
    }),
  );
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    ws,
    http,
  );
  holder.client = new ApolloClient({ link, cache: new InMemoryCache() });
  return holder.client;
}

/** Wait before reconnect attempt `retries` (0, 1, …): 1 s, 2 s, 4 s, … up to 30 s, with up to 1 s of jitter. */
export function reconnectDelayMs(retries: number, random = Math.random): number {
  return Math.min(30_000, 1000 * 2 ** retries) + Math.floor(random() * 1000);
}
