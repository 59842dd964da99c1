import { useQuery } from '@apollo/client/react';
import { TRACKING_LINKS } from './graphql/trackingLinks';

export function useTrackingLinks(includeArchived: boolean) {
  const { data, loading, error } = useQuery(TRACKING_LINKS, {
    variables: { includeArchived },
    fetchPolicy: 'cache-and-network',
  });
  return { links: data?.trackingLinks ?? [], loading, error };
}
