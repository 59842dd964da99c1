import { useQuery } from '@apollo/client/react';
import { MY_COMMISSIONS } from './graphql/myCommissions';

export const EARNINGS_PAGE_SIZE = 25;

/** The signed-in partner's commissions, newest first; `loadMore` appends the next page. */
export function useMyCommissions() {
  const { data, loading, error, fetchMore } = useQuery(MY_COMMISSIONS, {
    variables: { first: EARNINGS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.myCommissions;

  async function loadMore() {
    if (!connection?.pageInfo.hasNextPage) return;
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        myCommissions: {
          ...fetchMoreResult.myCommissions,
          nodes: [...previous.myCommissions.nodes, ...fetchMoreResult.myCommissions.nodes],
        },
      }),
    });
  }

  return {
    commissions: connection?.nodes ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: connection !== undefined,
    loading,
    error,
    loadMore,
  };
}
