import { useSubscription } from '@apollo/client/react';
import { PARTNER_UPDATED } from './graphql/partnerUpdated';

/**
 * Keeps the signed-in partner live: each update (say, an admin approves or renames them) arrives as a
 * Partner with its id, so Apollo merges it into the cache and every screen showing the partner re-renders.
 */
export function usePartnerLiveUpdates() {
  useSubscription(PARTNER_UPDATED);
}
