import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { PartnerkitProvider } from '@partnerkit/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, test } from 'vitest';
import { portalRoutes } from '../../router';
import { aPartner } from '../../test/aPartner';
import { ME } from '../session/graphql/me';
import { PARTNER_UPDATED } from '../session/graphql/partnerUpdated';
import { SIGN_IN_PARTNER } from '../session/graphql/signInPartner';

const alice = aPartner();
const signedIn = { __typename: 'Viewer' as const, kind: 'PARTNER' as const, partner: alice };
const meSignedIn = { ...signedIn, viewedBy: null };
// The live-updates subscription stays open and quiet.
const quietUpdates: MockLink.MockedResponse = {
  request: { query: PARTNER_UPDATED },
  result: { data: { partnerUpdated: alice } },
  delay: Infinity,
};

function renderPortal(path: string, mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(portalRoutes, { initialEntries: [path] });
  render(
    <MockedProvider mocks={[...mocks, quietUpdates]}>
      <PartnerkitProvider>
        <RouterProvider router={router} />
      </PartnerkitProvider>
    </MockedProvider>,
  );
  return router;
}

describe('PortalShell', () => {
  test('asks a visitor to sign in, then shows the page they asked for', async () => {
    const user = userEvent.setup({ delay: null });
    renderPortal('/profile', [
      { request: { query: ME }, result: { data: { me: null } } },
      {
        request: { query: SIGN_IN_PARTNER, variables: { login: 'alice', password: 'demo-partner-pass' } },
        result: { data: { signInPartner: signedIn } },
      },
    ]);

    await user.type(await screen.findByLabelText(/Email or partner code/), 'alice');
    await user.type(screen.getByLabelText(/Password/), 'demo-partner-pass');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Your profile' })).toBeTruthy();
    expect(screen.getByTestId('signed-in-as').textContent).toBe('Alice Agency');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  test('sends / to the overview and shows a not-found message for unknown pages', async () => {
    const router = renderPortal('/', [{ request: { query: ME }, result: { data: { me: meSignedIn } } }]);
    expect(await screen.findByRole('heading', { name: 'Welcome, Alice Agency' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/overview');

    await router.navigate('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});
