import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { createPartnerkitClient, type PartnerkitApp } from './apollo-client.js';
import { PageSuspense } from './LazyPage.js';
import { PartnerkitProvider } from './theme.js';

/** Renders an SPA's root component into #root, with its API client, theme and notifications. */
export function startSpa(app: PartnerkitApp, App: ComponentType) {
  const client = createPartnerkitClient(app);
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <PartnerkitProvider>
          {/* Lazy pages outside a shell's own PageSuspense (e.g. the portal's signup page). */}
          <PageSuspense>
            <App />
          </PageSuspense>
        </PartnerkitProvider>
      </ApolloProvider>
    </StrictMode>,
  );
}
