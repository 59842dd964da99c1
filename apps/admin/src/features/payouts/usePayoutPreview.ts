import { useQuery } from '@apollo/client/react';
import { PAYOUT_PREVIEW } from './graphql/payoutPreview';

/** The payout preview for a currency and program. */
export function usePayoutPreview(currency: string | null, programId: string | null) {
  const { data, previousData, loading, error } = useQuery(PAYOUT_PREVIEW, {
    variables: { currency, programId },
    fetchPolicy: 'cache-and-network',
  });
  return { rows: (data ?? previousData)?.payoutPreview ?? [], loading, error };
}
