import { useConnectionQuery } from '@partnerkit/ui';
import { MY_PAYMENTS } from './graphql/myPayments';
import { EARNINGS_PAGE_SIZE } from './useMyCommissions';

/** The signed-in partner's payments, newest first. */
export function useMyPayments() {
  const { nodes, ...list } = useConnectionQuery(MY_PAYMENTS, 'myPayments', { first: EARNINGS_PAGE_SIZE });
  return { payments: nodes, ...list };
}
