import { useConnectionQuery } from '@partnerkit/ui';
import { PAYOUT_BATCHES } from './graphql/payoutBatches';

/** Payout batches, newest first, with load more. */
export function usePayoutBatches() {
  return useConnectionQuery(PAYOUT_BATCHES, 'payoutBatches', { first: 25 });
}
