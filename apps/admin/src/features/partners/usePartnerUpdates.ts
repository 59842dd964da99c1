import { useSubscription } from '@apollo/client/react';
import { PARTNER_UPDATED } from './graphql/partnerUpdated';

/**
 * Keeps partners on screen live: every `partnerUpdated` event is written to the Apollo cache, so each query
 * showing that partner re-renders with the new values.
 */
export function usePartnerUpdates() {
  useSubscription(PARTNER_UPDATED);
}
