import { useConnectionQuery } from '@partnerkit/ui';
import { MY_LEDGER_ENTRIES } from './graphql/myLedgerEntries';
import { EARNINGS_PAGE_SIZE } from './useMyCommissions';

/** The signed-in partner's ledger, newest first; `loadMore` appends the next page. */
export function useMyLedgerEntries() {
  const { nodes, ...list } = useConnectionQuery(MY_LEDGER_ENTRIES, 'myLedgerEntries', {
    first: EARNINGS_PAGE_SIZE,
  });
  return { entries: nodes, ...list };
}
