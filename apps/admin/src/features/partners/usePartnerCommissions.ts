import { useConnectionQuery } from '@partnerkit/ui';
import { PARTNER_COMMISSIONS } from './graphql/partnerCommissions';

export const COMMISSIONS_PAGE_SIZE = 25;

/** A partner's commissions, newest first; `loadMore` appends the next page. */
export function usePartnerCommissions(partnerId: string) {
  const { nodes, ...list } = useConnectionQuery(PARTNER_COMMISSIONS, 'commissions', {
    partnerId,
    first: COMMISSIONS_PAGE_SIZE,
  });
  return { commissions: nodes, ...list };
}
