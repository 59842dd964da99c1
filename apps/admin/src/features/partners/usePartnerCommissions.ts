import { useQuery } from '@apollo/client/react';
import { PARTNER_COMMISSIONS } from './graphql/partnerCommissions';

export const COMMISSIONS_PAGE_SIZE = 25;

/** A partner's commissions, newest first; `loadMore` appends the next page. */
export function usePartnerCommissions(partnerId: string) {
  const { data, loading, error, fetchMore } = useQuery(PARTNER_COMMISSIONS, {
    variables: { partnerId, first: COMMISSIONS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.commissions;

  async function loadMore() {
    if (!connection?.pageInfo.hasNextPage) return;
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        commissions: {
          ...fetchMoreResult.commissions,
          nodes: [...previous.commissions.nodes, ...fetchMoreResult.commissions.nodes],
        },
      }),
    });
  }

  return {
    commissions: connection?.nodes ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
  };
}
