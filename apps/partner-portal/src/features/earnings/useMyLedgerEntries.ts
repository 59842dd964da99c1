import { useQuery } from '@apollo/client/react';
import { MY_LEDGER_ENTRIES } from './graphql/myLedgerEntries';
import { EARNINGS_PAGE_SIZE } from './useMyCommissions';

/** The signed-in partner's ledger, newest first; `loadMore` appends the next page. */
export function useMyLedgerEntries() {
  const { data, loading, error, fetchMore } = useQuery(MY_LEDGER_ENTRIES, {
    variables: { first: EARNINGS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.myLedgerEntries;

  async function loadMore() {
    if (!connection?.pageInfo.hasNextPage) return;
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        myLedgerEntries: {
          ...fetchMoreResult.myLedgerEntries,
          nodes: [...previous.myLedgerEntries.nodes, ...fetchMoreResult.myLedgerEntries.nodes],
        },
      }),
    });
  }

  return {
    entries: connection?.nodes ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: connection !== undefined,
    loading,
    error,
    loadMore,
  };
}
