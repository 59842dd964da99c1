import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

interface ConnectionShape {
  nodes: readonly unknown[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

type NodeOf<C> = C extends { nodes: ReadonlyArray<infer N> } ? N : never;

/**
 * A cursor-paginated list (a GraphQL `Connection` under `field`, selecting `totalCount`,
 * `pageInfo { ...PageInfoFields }` and `nodes`): the nodes so far, the total, and
 * `loadMore()`, which fetches the page after the last one and appends it. While new variables load, the
 * previous rows stay visible instead of flashing an empty table.
 */
export function useConnectionQuery<
  TData extends { [P in K]: ConnectionShape },
  TVariables extends OperationVariables,
  K extends keyof TData & string,
>(document: TypedDocumentNode<TData, TVariables>, field: K, variables: TVariables) {
  const { data, previousData, loading, error, fetchMore } = useQuery(document, {
    variables,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  } as never);
  const connection = ((data ?? previousData) as TData | undefined)?.[field];

  async function loadMore() {
    if (!connection?.pageInfo.hasNextPage) return;
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor } as never,
      updateQuery: ((previous: TData, { fetchMoreResult }: { fetchMoreResult: TData }) => ({
        ...fetchMoreResult,
        [field]: {
          ...fetchMoreResult[field],
          nodes: [...previous[field].nodes, ...fetchMoreResult[field].nodes],
        },
      })) as never,
    });
  }

  return {
    nodes: (connection?.nodes ?? []) as Array<NodeOf<TData[K]>>,
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: connection !== undefined,
    loading,
    error,
    loadMore,
  };
}
