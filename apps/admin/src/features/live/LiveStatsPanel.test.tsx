import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithApollo } from '../../test/renderWithApollo';
import { LINK_CLICK_STATS } from './graphql/linkClickStats';
import { LIVE_ACTIVITY } from './graphql/liveActivity';
import { LIVE_STATS } from './graphql/liveStats';
import { LIVE_STATS_UPDATED } from './graphql/liveStatsUpdated';
import { LiveStatsPanel } from './LiveStatsPanel';

const usd = (amountMinor: string, formatted: string) => ({
  __typename: 'Money' as const,
  amountMinor,
  currency: 'USD',
  formatted,
});

function stats(clicks: number) {
  const counters = {
    __typename: 'LiveCounters' as const,
    from: '2026-12-03T00:00:00.000Z',
    clicks,
    uniqueClicks: clicks,
    leads: 0,
    sales: 2,
    commissions: [usd('2000', '$20.00')],
  };
  return {
    __typename: 'LiveStats' as const,
    partnerId: 'partner-1',
    timeZone: 'UTC',
    periodDays: 30,
    today: counters,
    period: { ...counters, clicks: clicks + 100 },
    payable: [usd('500', '$5.00')],
  };
}

describe('LiveStatsPanel', () => {
  test("shows a partner's live counters, the pushed update, and clicks per link", async () => {
    renderWithApollo(<LiveStatsPanel partnerId="partner-1" />, [
      {
        request: { query: LIVE_STATS, variables: { partnerId: 'partner-1' } },
        result: { data: { liveStats: stats(4) } },
      },
      {
        request: { query: LIVE_STATS_UPDATED, variables: { partnerId: 'partner-1' } },
        result: { data: { liveStats: stats(5) } },
        delay: 50,
      },
      {
        request: { query: LIVE_ACTIVITY, variables: { partnerId: 'partner-1' } },
        result: { data: { liveActivity: null } },
      },
      {
        // The range is computed from the clock: match on the partner only.
        request: { query: LINK_CLICK_STATS, variables: (variables) => variables.partnerId === 'partner-1' },
        result: {
          data: {
            clickStats: {
              __typename: 'ClickStats' as const,
              raw: 9,
              unique: 7,
              bot: 1,
              byLink: [
                {
                  __typename: 'LinkClickStats' as const,
                  name: 'Pricing',
                  slug: 'pricing',
                  raw: 9,
                  unique: 7,
                  bot: 1,
                },
              ],
            },
          },
        },
      },
    ]);
    expect(['4', '5']).toContain((await screen.findByTestId('live-today-clicks')).textContent);
    await expect.poll(() => screen.getByTestId('live-today-clicks').textContent).toBe('5');
    expect(screen.getByTestId('live-period-clicks').textContent).toBe('105');
    expect(screen.getByTestId('live-today-commissions').textContent).toBe('$20.00');
    const table = screen.getByRole('table', { name: 'Clicks per link, last 30 days' });
    const row = (await within(table).findByText('Pricing')).closest('tr')!;
    expect(within(row).getByText('7')).toBeTruthy();
  });
});
