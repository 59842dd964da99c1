import { useApolloClient, useSubscription } from '@apollo/client/react';
import { LIVE_ACTIVITY } from './graphql/liveActivity';

/**
 * Reads `queries` (operation names) again after each event of one of `kinds` anywhere in the program (or of
 * one partner), pushed over the socket: lists stay current without polling.
 */
export function useRefetchOnLiveActivity(
  kinds: readonly string[],
  queries: readonly string[],
  partnerId: string | null = null,
) {
  const client = useApolloClient();
  useSubscription(LIVE_ACTIVITY, {
    variables: { partnerId },
    onData: ({ data }) => {
      const kind = data.data?.liveActivity?.kind;
      if (kind && kinds.includes(kind)) void client.refetchQueries({ include: [...queries] });
    },
  });
}
