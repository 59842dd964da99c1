import { useQuery } from '@apollo/client/react';
import { MY_BALANCES } from './graphql/myBalances';

/** The signed-in partner's balances, one per currency; refreshed every 30 s while shown. */
export function useMyBalances() {
  const { data, loading, error } = useQuery(MY_BALANCES, {
    fetchPolicy: 'cache-and-network',
    pollInterval: 30_000,
  });
  return { balances: data?.myBalances ?? [], loaded: data !== undefined, loading, error };
}
