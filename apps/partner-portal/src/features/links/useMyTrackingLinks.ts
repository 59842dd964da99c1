import { useQuery } from '@apollo/client/react';
import { MY_TRACKING_LINKS } from './graphql/myTrackingLinks';

export function useMyTrackingLinks() {
  const { data, loading, error } = useQuery(MY_TRACKING_LINKS, { fetchPolicy: 'cache-and-network' });
  return {
    links: data?.myTrackingLinks ?? [],
    allowedDomains: data?.merchantSettings.allowedDomains ?? [],
    defaultLandingUrl: data?.merchantSettings.defaultLandingUrl ?? null,
    loading,
    error,
  };
}
