import { useQuery } from '@apollo/client/react';
import type { PartnerStatus } from '../../gql/graphql';
import { PARTNERS } from './graphql/partners';

export interface PartnerFilter {
  search?: string;
  status?: PartnerStatus | null;
  programId?: string | null;
  customFieldKey?: string;
  customFieldValue?: string;
}

export const PARTNERS_PAGE_SIZE = 50;

/** One cursor-paginated list of partners; `loadMore` appends the next page. */
export function usePartners({ search, status, programId, customFieldKey, customFieldValue }: PartnerFilter) {
  const key = customFieldKey?.trim() ?? '';
  const { data, previousData, loading, error, fetchMore } = useQuery(PARTNERS, {
    variables: {
      first: PARTNERS_PAGE_SIZE,
      search: search?.trim() || null,
      status: status ?? null,
      programId: programId ?? null,
      customField: key && customFieldValue?.trim() ? { key, value: customFieldValue.trim() } : null,
    },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  // While a new filter loads, keep showing the previous rows instead of flashing an empty table.
  const connection = (data ?? previousData)?.partners;

  async function loadMore() {
    if (!connection?.pageInfo.hasNextPage) return;
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        partners: {
          ...fetchMoreResult.partners,
          nodes: [...previous.partners.nodes, ...fetchMoreResult.partners.nodes],
        },
      }),
    });
  }

  return {
    partners: connection?.nodes ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
  };
}
