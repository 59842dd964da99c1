import type { MockLink } from '@apollo/client/testing';
import { usd } from '../earnings/earningsMocks';
import { MY_TRACKING_LINKS } from '../links/graphql/myTrackingLinks';
import { MY_RECRUITING } from '../subPartners/graphql/myRecruiting';
import { MY_SUB_PARTNERS } from '../subPartners/graphql/mySubPartners';
import { MY_ACTIVITY } from './graphql/myActivity';
import { MY_LIVE_STATS } from './graphql/myLiveStats';
import { MY_LIVE_STATS_UPDATED } from './graphql/myLiveStatsUpdated';

function counters(clicks: number, sales: number) {
  return {
    __typename: 'LiveCounters' as const,
    from: '2026-12-03T00:00:00.000Z',
    clicks,
    uniqueClicks: clicks - 1,
    leads: 1,
    sales,
    commissions: sales ? [usd(String(1000 * sales), `$${10 * sales}.00`)] : [],
  };
}

/** Live stats as the API sends them: `clicks` today (and 10 more in the period). */
export function liveStats(clicks: number, sales = 1) {
  return {
    __typename: 'LiveStats' as const,
    partnerId: 'partner-1',
    timeZone: 'UTC',
    periodDays: 30,
    at: '2026-12-03T07:00:00.000Z',
    today: counters(clicks, sales),
    period: counters(clicks + 10, sales + 2),
    payable: [usd('500', '$5.00')],
    days: Array.from({ length: 30 }, (_, index) => ({
      __typename: 'LiveDay' as const,
      day: `2026-11-${String(index + 1).padStart(2, '0')}`,
      clicks: index,
      uniqueClicks: index,
      leads: 0,
      sales: 0,
    })),
  };
}

export const DEFAULT_LINK = 'http://localhost:4000/r/alice';

/** The Overview's queries and subscriptions: stats, one live update (`updatedClicks`), one activity. */
export function overviewMocks({
  clicks = 2,
  updatedClicks,
  levels = 2,
}: { clicks?: number; updatedClicks?: number; levels?: number } = {}): MockLink.MockedResponse[] {
  return [
    { request: { query: MY_LIVE_STATS }, result: { data: { myLiveStats: liveStats(clicks) } } },
    ...(updatedClicks === undefined
      ? []
      : [
          {
            request: { query: MY_LIVE_STATS_UPDATED },
            result: { data: { myLiveStats: liveStats(updatedClicks) } },
            delay: 50,
          },
          {
            request: { query: MY_ACTIVITY },
            result: {
              data: {
                myActivity: {
                  __typename: 'LiveActivity' as const,
                  kind: 'CLICKS',
                  at: '2026-12-03T07:00:01.000Z',
                  summary: '1 click (1 unique)',
                  count: 1,
                  status: null,
                  recordId: null,
                  amount: null,
                },
              },
            },
            delay: 50,
          },
        ]),
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
              url: DEFAULT_LINK,
              destinationUrl: 'https://example.com/',
            },
          ],
          merchantSettings: {
            __typename: 'MerchantSettings' as const,
            defaultLandingUrl: 'https://example.com/',
            allowedDomains: ['example.com'],
          },
        },
      },
    },
    {
      request: { query: MY_RECRUITING },
      result: {
        data: {
          me: {
            __typename: 'Viewer' as const,
            partner: {
              __typename: 'Partner' as const,
              id: 'partner-1',
              code: 'alice',
              programs: [
                { __typename: 'Program' as const, id: 'program-1', name: 'Standard partners', levels },
              ],
            },
          },
        },
      },
    },
  ];
}

export function subPartnerMocks(): MockLink.MockedResponse[] {
  return [
    {
      request: { query: MY_SUB_PARTNERS },
      result: {
        data: {
          mySubPartners: [
            {
              __typename: 'SubPartner' as const,
              id: 'partner-2',
              code: 'bobby',
              status: 'ACTIVE',
              joinedAt: '2026-11-05T10:00:00.000Z',
              sales: 3,
              overrideEarnings: [usd('600', '$6.00')],
            },
          ],
        },
      },
    },
  ];
}
