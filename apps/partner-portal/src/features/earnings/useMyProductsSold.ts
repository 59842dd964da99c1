import { useQuery } from '@apollo/client/react';
import { MY_PRODUCTS_SOLD } from './graphql/myProductsSold';

/** Products the signed-in partner sold. */
export function useMyProductsSold() {
  const { data, loading, error } = useQuery(MY_PRODUCTS_SOLD, { fetchPolicy: 'cache-and-network' });
  return { products: data?.myProductsSold ?? [], loaded: data !== undefined, loading, error };
}
