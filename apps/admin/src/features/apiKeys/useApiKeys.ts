import { useQuery } from '@apollo/client/react';
import { API_KEYS } from './graphql/apiKeys';

export function useApiKeys() {
  const { data, loading, error } = useQuery(API_KEYS, { fetchPolicy: 'cache-and-network' });
  return { apiKeys: data?.apiKeys ?? [], loading, error };
}
