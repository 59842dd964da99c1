import { useQuery } from '@apollo/client/react';
import { ORDER } from './graphql/order';

/** One recorded sale with its items, customer, credits and every commission. */
export function useOrder(id: string) {
  const { data, loading, error } = useQuery(ORDER, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return { order: data?.order ?? null, loading, error };
}
