import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { PartnerkitProvider } from '@partnerkit/ui';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { portalRoutes } from '../../router';
import { aPartner } from '../../test/aPartner';
import { BEGIN_PARTNER_VIEW } from './graphql/beginPartnerView';
import { ME } from './graphql/me';
import { PARTNER_UPDATED } from './graphql/partnerUpdated';
import { SIGN_OUT } from './graphql/signOut';
import { viewTokenOf } from './BeginPartnerViewRoute';

const alice = aPartner();
const admin = { __typename: 'AdminUser' as const, name: 'Ada Admin', email: 'ada@example.test' };
const viewed = { __typename: 'Viewer' as const, kind: 'PARTNER' as const, partner: alice, viewedBy: admin };
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

afterEach(() => vi.restoreAllMocks());

describe('View as partner in the portal', () => {
  test('the link begins the view, drops the token from the address and shows the banner on every page', async () => {
    const router = renderPortal('/view#token=one-time', [
      {
        request: { query: BEGIN_PARTNER_VIEW, variables: { token: 'one-time' } },
        result: { data: { beginPartnerView: viewed } },
      },
    ]);

    expect(await screen.findByRole('heading', { name: 'Welcome, Alice Agency' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/overview');
    expect(router.state.location.hash).toBe('');
    const banner = screen.getByRole('status', { name: 'View as partner' });
    expect(within(banner).getByTestId('partner-view-banner').textContent).toBe(
      'Viewing as Alice Agency — read only —',
    );
    expect(within(banner).getByText('Opened by Ada Admin')).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'End view' })).toBeTruthy();

    await router.navigate('/earnings');
    expect(await screen.findByRole('status', { name: 'View as partner' })).toBeTruthy();
  });

  test('“End view” ends the session and closes the tab', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    renderPortal('/overview', [
      { request: { query: ME }, result: { data: { me: viewed } } },
      { request: { query: SIGN_OUT }, result: { data: { signOut: true } } },
      { request: { query: ME }, result: { data: { me: null } } },
    ]);
    const banner = await screen.findByRole('status', { name: 'View as partner' });
    await userEvent.setup({ delay: null }).click(within(banner).getByRole('button', { name: 'End view' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
  });

  test('the partner’s own session shows no banner', async () => {
    renderPortal('/overview', [
      { request: { query: ME }, result: { data: { me: { ...viewed, viewedBy: null } } } },
    ]);
    expect(await screen.findByRole('heading', { name: 'Welcome, Alice Agency' })).toBeTruthy();
    expect(screen.queryByRole('status', { name: 'View as partner' })).toBeNull();
  });

  test('a used or expired link says so with the API’s message', async () => {
    const message = 'This “View as partner” link is invalid, used or expired; start the view again.';
    renderPortal('/view#token=used', [
      {
        request: { query: BEGIN_PARTNER_VIEW, variables: { token: 'used' } },
        result: {
          errors: [
            new GraphQLError(message, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'PARTNER_VIEW_TOKEN_INVALID', field: 'token' },
            }),
          ],
        },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'This view link does not work' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(message);
  });

  test('reads the token from the fragment', () => {
    expect(viewTokenOf('#token=a%2Bb')).toBe('a+b');
    expect(viewTokenOf('')).toBeNull();
    expect(viewTokenOf('#other=1')).toBeNull();
  });
});
