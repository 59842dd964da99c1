import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { PartnerkitProvider } from '@partnerkit/ui';
import { render } from '@testing-library/react';
import { type ReactElement } from 'react';

/** Renders a component with the theme, notifications and an Apollo client answering from `mocks`. */
export function renderWithApollo(ui: ReactElement, mocks: MockLink.MockedResponse[] = []) {
  return render(
    <MockedProvider mocks={mocks}>
      <PartnerkitProvider>{ui}</PartnerkitProvider>
    </MockedProvider>,
  );
}
