import { useQuery } from '@apollo/client/react';
import { ORDERS } from './graphql/orders';

export const ORDERS_PAGE_SIZE = 50;

export interface OrderFilter {
  partnerId: string | null;
  externalId: string;
}

/** Recorded sales, newest first, optionally of one partner or one order id; `loadMore` appends a page. */
export function useOrders({ partnerId, externalId }: OrderFilter) {
  const { data, previousData, loading, error, fetchMore } = useQuery(ORDERS, {
    variables: { first: ORDERS_PAGE_SIZE, partnerId, externalId: externalId.trim() || null },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.orders;

  async function loadMore() {
    if (!connection?.pageInfo.hasNextPage) return;
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        orders: {
          ...fetchMoreResult.orders,
          nodes: [...previous.orders.nodes, ...fetchMoreResult.orders.nodes],
        },
      }),
    });
  }

  return {
    orders: connection?.nodes ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
  };
}
