import { useQuery, useSubscription } from '@apollo/client/react';
import { useMemo } from 'react';
import { LINK_CLICK_STATS } from './graphql/linkClickStats';
import { LIVE_ACTIVITY } from './graphql/liveActivity';

/** Days of click stats per link. */
export const LINK_STATS_DAYS = 30;

/** Clicks per link over the last 30 days (one partner, or all), read again after each stored click. */
export function useLinkClickStats(partnerId: string | null) {
  const range = useMemo(() => {
    const to = new Date(Date.now() + 3_600_000);
    return {
      from: new Date(to.getTime() - LINK_STATS_DAYS * 86_400_000).toISOString(),
      to: to.toISOString(),
    };
  }, []);
  const { data, loading, error, refetch } = useQuery(LINK_CLICK_STATS, {
    variables: { partnerId, ...range },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(LIVE_ACTIVITY, {
    variables: { partnerId },
    onData: ({ data: event }) => {
      if (event.data?.liveActivity?.kind === 'CLICKS') void refetch();
    },
  });
  return { stats: data?.clickStats ?? null, loading, error };
}
