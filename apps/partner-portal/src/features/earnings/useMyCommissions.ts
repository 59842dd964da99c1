import { useConnectionQuery } from '@partnerkit/ui';
import { MY_COMMISSIONS } from './graphql/myCommissions';

export const EARNINGS_PAGE_SIZE = 25;

/** The signed-in partner's commissions, newest first; `loadMore` appends the next page. */
export function useMyCommissions() {
  const { nodes, ...list } = useConnectionQuery(MY_COMMISSIONS, 'myCommissions', {
    first: EARNINGS_PAGE_SIZE,
  });
  return { commissions: nodes, ...list };
}
