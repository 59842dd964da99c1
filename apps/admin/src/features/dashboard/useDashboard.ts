import { useQuery } from '@apollo/client/react';
import { DASHBOARD } from './graphql/dashboard';

/** The dashboard of a period (days) and program; the previous figures stay while new ones load. */
export function useDashboard(variables: { from: string; to: string; programId: string | null }) {
  const { data, previousData, loading, error } = useQuery(DASHBOARD, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  return { dashboard: (data ?? previousData)?.dashboard, loading, error };
}
