import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { Outlet, Route, Routes } from 'react-router';
import { aPartner } from '../../test/aPartner';
import { renderWithProviders } from '../../test/renderWithProviders';
import { MY_CLICK_SUMMARY } from './graphql/myClickSummary';
import { MY_TRACKING_LINKS } from './graphql/myTrackingLinks';
import { LinksPage } from './LinksPage';

const stats = (raw: number, unique: number, bot: number) => ({
  __typename: 'ClickStats' as const,
  raw,
  unique,
  bot,
  byLink: [
    {
      __typename: 'LinkClickStats' as const,
      name: 'Default link and deep links',
      slug: null,
      raw,
      unique,
      bot,
    },
  ],
});

const MOCKS = [
  {
    request: { query: MY_TRACKING_LINKS },
    result: {
      data: {
        myTrackingLinks: [
          {
            __typename: 'PartnerTrackingLink' as const,
            trackingLinkId: null,
            name: 'Default link',
            slug: null,
            url: 'https://go.example.com/r/alice',
            destinationUrl: 'https://shop.example.com/',
          },
          {
            __typename: 'PartnerTrackingLink' as const,
            trackingLinkId: 'l1',
            name: 'Spring sale',
            slug: 'spring',
            url: 'https://go.example.com/r/alice/spring',
            destinationUrl: 'https://shop.example.com/spring',
          },
        ],
        merchantSettings: {
          __typename: 'MerchantSettings' as const,
          defaultLandingUrl: 'https://shop.example.com/',
          allowedDomains: ['shop.example.com'],
        },
      },
    },
  },
  {
    request: { query: MY_CLICK_SUMMARY },
    result: {
      data: {
        myClickSummary: {
          __typename: 'ClickSummary' as const,
          timeZone: 'Europe/Berlin',
          today: stats(3, 2, 1),
          last7Days: stats(40, 30, 5),
          last30Days: stats(120, 90, 9),
        },
      },
    },
  },
];

function renderLinks() {
  return renderWithProviders(
    <Routes>
      <Route element={<Outlet context={aPartner()} />}>
        <Route path="/" element={<LinksPage />} />
      </Route>
    </Routes>,
    MOCKS,
  );
}

describe('LinksPage', () => {
  test("lists the partner's links with copy buttons", async () => {
    renderLinks();
    const table = await screen.findByRole('table', { name: 'Your links' });
    expect(await within(table).findByText('https://go.example.com/r/alice/spring')).toBeTruthy();
    expect(within(table).getByText('https://go.example.com/r/alice')).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Copy Spring sale' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Copy Default link' })).toBeTruthy();
  });

  test('shows clicks today, in 7 and in 30 days', async () => {
    renderLinks();
    expect(await screen.findByLabelText('Unique clicks: 2')).toBeTruthy();
    expect(screen.getByLabelText('All clicks: 3')).toBeTruthy();
    expect(screen.getByLabelText('Bots: 1')).toBeTruthy();
    expect(screen.getByText('Days start at midnight Europe/Berlin.')).toBeTruthy();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByText('30 days'));
    expect(await screen.findByLabelText('Unique clicks: 90')).toBeTruthy();
    const byLink = screen.getByRole('table', { name: 'Clicks by link' });
    expect(within(byLink).getByText('120')).toBeTruthy();
  });
});
