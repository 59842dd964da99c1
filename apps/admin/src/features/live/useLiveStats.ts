import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { LIVE_STATS } from './graphql/liveStats';
import { LIVE_STATS_UPDATED } from './graphql/liveStatsUpdated';

/** Live counters of one partner, or of the whole program (`null`), replaced by each pushed update. */
export function useLiveStats(partnerId: string | null) {
  const variables = { partnerId };
  const { data, loading, error, subscribeToMore } = useQuery(LIVE_STATS, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  useEffect(
    () =>
      subscribeToMore({
        document: LIVE_STATS_UPDATED,
        variables: { partnerId },
        updateQuery: (_previous, { subscriptionData }) =>
          subscriptionData.data ? { liveStats: subscriptionData.data.liveStats } : undefined,
      }),
    [subscribeToMore, partnerId],
  );
  return { stats: data?.liveStats ?? null, loading, error };
}
