import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createPartnerkitClient, PartnerkitProvider } from '@partnerkit/ui';
import { App } from './App';

const client = createPartnerkitClient('admin');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <PartnerkitProvider>
        <App />
      </PartnerkitProvider>
    </ApolloProvider>
  </StrictMode>,
);
