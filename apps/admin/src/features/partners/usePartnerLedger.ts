import { useConnectionQuery } from '@partnerkit/ui';
import { PARTNER_LEDGER } from './graphql/partnerLedger';

/** A partner's ledger entries with their causes, newest first. */
export function usePartnerLedger(partnerId: string) {
  return useConnectionQuery(PARTNER_LEDGER, 'ledgerEntries', { partnerId, first: 25 });
}
