import { useQuery } from '@apollo/client/react';
import { MY_CLICK_SUMMARY } from './graphql/myClickSummary';

/** Today / 7 / 30 days of the partner's clicks; refreshed every 30 s while the page is open. */
export function useMyClickSummary() {
  const { data, loading, error } = useQuery(MY_CLICK_SUMMARY, {
    fetchPolicy: 'cache-and-network',
    pollInterval: 30_000,
  });
  return { summary: data?.myClickSummary ?? null, loading, error };
}
