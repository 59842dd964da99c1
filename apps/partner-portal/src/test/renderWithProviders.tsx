import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { PartnerkitProvider } from '@partnerkit/ui';
import { render } from '@testing-library/react';
import { type ReactElement, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';

/** Renders a screen with the portal's theme, notifications, a router and mocked API responses. */
export function renderWithProviders(ui: ReactElement, mocks: MockLink.MockedResponse[] = [], path = '/') {
  function Providers({ children }: { children: ReactNode }) {
    return (
      <MockedProvider mocks={mocks}>
        <PartnerkitProvider>
          <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
        </PartnerkitProvider>
      </MockedProvider>
    );
  }
  return render(ui, { wrapper: Providers });
}
