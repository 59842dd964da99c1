import { useQuery } from '@apollo/client/react';
import { MY_SUB_PARTNERS } from './graphql/mySubPartners';

/** The partners the signed-in partner recruited, with their sales and the partner's override earnings. */
export function useMySubPartners() {
  const { data, loading, error } = useQuery(MY_SUB_PARTNERS, { fetchPolicy: 'cache-and-network' });
  return { subPartners: data?.mySubPartners ?? [], loaded: data !== undefined, loading, error };
}
