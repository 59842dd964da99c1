import { useApolloClient, useQuery } from '@apollo/client/react';
import { PAYOUT_BATCH } from './graphql/payoutBatch';
import { PAYOUT_BATCH_FILES } from './graphql/payoutBatchFiles';

/** One payout batch with its payments, and its download files on demand. */
export function usePayoutBatch(id: string) {
  const { data, loading, error } = useQuery(PAYOUT_BATCH, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const client = useApolloClient();
  async function files() {
    const result = await client.query({
      query: PAYOUT_BATCH_FILES,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    return result.data!.payoutBatch;
  }
  return { batch: data?.payoutBatch ?? null, loading, error, files };
}
