import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderWithApollo } from '../../test/renderWithApollo';
import { START_PARTNER_VIEW } from './graphql/startPartnerView';
import { ViewAsPartnerButton } from './ViewAsPartnerButton';

function fakeTab() {
  return { opener: 'console' as unknown, location: { href: '' }, close: vi.fn() };
}

const started = (token: string) => ({
  request: { query: START_PARTNER_VIEW, variables: { partnerId: 'partner-7' } },
  result: {
    data: {
      startPartnerView: {
        __typename: 'PartnerViewStart' as const,
        viewId: 'view-1',
        token,
        endsAt: '2026-12-03T12:00:00.000Z',
      },
    },
  },
});

afterEach(() => {
  vi.restoreAllMocks();
  delete window.PARTNERKIT_CONFIG;
});

describe('ViewAsPartnerButton', () => {
  test('opens a new tab at the click and sends it to the portal’s view link with the token', async () => {
    const tab = fakeTab();
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    renderWithApollo(<ViewAsPartnerButton partnerId="partner-7" />, [started('tok/en+1')]);

    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'View as partner' }));

    expect(open).toHaveBeenCalledWith('', '_blank');
    await waitFor(() =>
      expect(tab.location.href).toBe(`${window.location.origin}/portal/view#token=tok%2Fen%2B1`),
    );
    expect(tab.opener).toBeNull();
    expect(tab.close).not.toHaveBeenCalled();
  });

  test('uses the portal URL of config.js when the portal is deployed elsewhere', async () => {
    window.PARTNERKIT_CONFIG = { portalUrl: 'https://partners.example.com/portal/' };
    const tab = fakeTab();
    vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    renderWithApollo(<ViewAsPartnerButton partnerId="partner-7" />, [started('abc')]);

    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'View as partner' }));

    await waitFor(() => expect(tab.location.href).toBe('https://partners.example.com/portal/view#token=abc'));
  });

  test('closes the tab and shows the API’s message when the view cannot start', async () => {
    const tab = fakeTab();
    vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    renderWithApollo(<ViewAsPartnerButton partnerId="partner-7" />, [
      {
        request: { query: START_PARTNER_VIEW, variables: { partnerId: 'partner-7' } },
        result: {
          errors: [
            new GraphQLError('Partner not found.', {
              extensions: { code: 'NOT_FOUND', reason: 'PARTNER_NOT_FOUND', field: 'partnerId' },
            }),
          ],
        },
      },
    ]);

    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'View as partner' }));

    await waitFor(() => expect(tab.close).toHaveBeenCalled());
    expect(await screen.findByText('Partner not found.')).toBeTruthy();
    expect(tab.location.href).toBe('');
  });
});
