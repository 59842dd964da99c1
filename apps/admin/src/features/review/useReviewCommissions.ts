import { useMutation } from '@apollo/client/react';
import type { CommissionReviewDecision } from '../../gql/graphql';
import { REVIEW_COMMISSIONS } from './graphql/reviewCommissions';

/** Approves or rejects flagged commissions with a note; the queue and balances fetch again. */
export function useReviewCommissions() {
  const [mutate, { loading }] = useMutation(REVIEW_COMMISSIONS, {
    refetchQueries: ['FlaggedCommissions', 'PayoutPreview', 'PartnerBalances'],
  });
  async function review(ids: string[], decision: CommissionReviewDecision, note: string) {
    const result = await mutate({ variables: { ids, decision, note: note.trim() || null } });
    return result.data!.reviewCommissions;
  }
  return { review, busy: loading };
}
