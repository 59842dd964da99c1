import { useQuery } from '@apollo/client/react';
import { PROGRAMS } from './graphql/programs';

export const PROGRAMS_PAGE_SIZE = 50;

/** Programs by priority, searchable by name; `loadMore` appends the next page. */
export function usePrograms(search: string) {
  const { data, previousData, loading, error, fetchMore } = useQuery(PROGRAMS, {
    variables: { first: PROGRAMS_PAGE_SIZE, search: search.trim() || null },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.programs;

  async function loadMore() {
    if (!connection?.pageInfo.hasNextPage) return;
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        programs: {
          ...fetchMoreResult.programs,
          nodes: [...previous.programs.nodes, ...fetchMoreResult.programs.nodes],
        },
      }),
    });
  }

  return {
    programs: connection?.nodes ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
  };
}
