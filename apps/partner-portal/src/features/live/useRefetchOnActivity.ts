import { useApolloClient, useSubscription } from '@apollo/client/react';
import { MY_ACTIVITY } from './graphql/myActivity';

/**
 * Reads `queries` (operation names) again after each of the partner's events of one of `kinds`, pushed over
 * the socket: the screens that show them stay live without polling.
 */
export function useRefetchOnActivity(kinds: readonly string[], queries: readonly string[]) {
  const client = useApolloClient();
  useSubscription(MY_ACTIVITY, {
    onData: ({ data }) => {
      const kind = data.data?.myActivity?.kind;
      if (kind && kinds.includes(kind)) void client.refetchQueries({ include: [...queries] });
    },
  });
}
