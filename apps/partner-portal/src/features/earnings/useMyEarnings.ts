import { useQuery } from '@apollo/client/react';
import { MY_EARNINGS } from './graphql/myEarnings';

/** The signed-in partner's earnings per currency; refreshed every 30 s while shown. */
export function useMyEarnings() {
  const { data, loading, error } = useQuery(MY_EARNINGS, {
    fetchPolicy: 'cache-and-network',
    pollInterval: 30_000,
  });
  return { earnings: data?.myEarnings ?? [], loaded: data !== undefined, loading, error };
}
