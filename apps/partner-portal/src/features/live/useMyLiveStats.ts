import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { MY_LIVE_STATS } from './graphql/myLiveStats';
import { MY_LIVE_STATS_UPDATED } from './graphql/myLiveStatsUpdated';

/**
 * The signed-in partner's counters (today, the period, payable, each day), read once and then replaced by
 * every update the server pushes after one of their clicks, leads, sales, commissions or payments.
 */
export function useMyLiveStats() {
  const { data, loading, error, subscribeToMore } = useQuery(MY_LIVE_STATS, {
    fetchPolicy: 'cache-and-network',
  });
  useEffect(
    () =>
      subscribeToMore({
        document: MY_LIVE_STATS_UPDATED,
        // Each update carries every counter: it replaces what the page shows (undefined: keep it).
        updateQuery: (_previous, { subscriptionData }) =>
          subscriptionData.data ? { myLiveStats: subscriptionData.data.myLiveStats } : undefined,
      }),
    [subscribeToMore],
  );
  return { stats: data?.myLiveStats ?? null, loading, error };
}
