import { useRefetchOnActivity } from './useRefetchOnActivity';

/** Events that change what the Earnings page shows. */
const EARNINGS_EVENTS = ['SALE', 'LEAD', 'COMMISSION', 'PAYMENT', 'LEDGER'];

/** The queries the earnings screens read (operation names). */
const EARNINGS_QUERIES = ['MyBalances', 'MyCommissions', 'MyLedgerEntries'];

/**
 * Keeps the earnings screens live: after each of the partner's commissions, payments or ledger entries
 * (pushed over the socket) the balances, commissions and ledger are read again.
 */
export function useEarningsLiveRefetch() {
  useRefetchOnActivity(EARNINGS_EVENTS, EARNINGS_QUERIES);
}
