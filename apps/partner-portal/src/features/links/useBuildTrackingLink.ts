import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { BUILD_TRACKING_LINK } from './graphql/buildTrackingLink';

/** Asks the server for a deep link (it checks the domain and the sub-id); throws its coded error. */
export function useBuildTrackingLink() {
  const client = useApolloClient();
  const [building, setBuilding] = useState(false);
  async function buildLink(url: string, subId: string | null) {
    setBuilding(true);
    try {
      const { data } = await client.query({
        query: BUILD_TRACKING_LINK,
        variables: { url, subId },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('The link could not be built.');
      return data.buildTrackingLink;
    } finally {
      setBuilding(false);
    }
  }
  return { buildLink, building };
}
