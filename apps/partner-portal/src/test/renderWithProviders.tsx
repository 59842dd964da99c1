import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { PartnerkitProvider } from '@partnerkit/ui';
import { render } from '@testing-library/react';
import { type ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

/** Renders a screen with the portal's theme, notifications, a router and mocked API responses. */
export function renderWithProviders(ui: ReactElement, mocks: MockLink.MockedResponse[] = [], path = '/') {
  return render(
    <MockedProvider mocks={mocks}>
      <PartnerkitProvider>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </PartnerkitProvider>
    </MockedProvider>,
  );
}
