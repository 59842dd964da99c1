import { useMutation } from '@apollo/client/react';
import { APPROVE_PARTNERS } from './graphql/approvePartners';
import { REJECT_PARTNERS } from './graphql/rejectPartners';

/** Approves or rejects applications; the queue and partner lists fetch again. */
export function useReviewPartners() {
  const refetchQueries = ['PendingPartners', 'Partners'];
  const [approve, approving] = useMutation(APPROVE_PARTNERS, { refetchQueries });
  const [reject, rejecting] = useMutation(REJECT_PARTNERS, { refetchQueries });
  async function review(decision: 'approve' | 'reject', ids: string[], note: string) {
    const variables = { ids, note: note.trim() || null };
    const result = decision === 'approve' ? await approve({ variables }) : await reject({ variables });
    return result.data;
  }
  return { review, busy: approving.loading || rejecting.loading };
}
