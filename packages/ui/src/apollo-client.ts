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
  const ws = new GraphQLWsLink(
    createClient({
      url: webSocketUrl(apiUrl),
      connectionParams: { app },
      lazy: true,
      retryAttempts: Infinity,
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
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
