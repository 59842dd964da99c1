import { useConnectionQuery } from '@partnerkit/ui';
import { ORDERS } from './graphql/orders';

export const ORDERS_PAGE_SIZE = 50;

export interface OrderFilter {
  partnerId: string | null;
  externalId: string;
}

/** Recorded sales, newest first, optionally of one partner or one order id; `loadMore` appends a page. */
export function useOrders({ partnerId, externalId }: OrderFilter) {
  const { nodes, ...list } = useConnectionQuery(ORDERS, 'orders', {
    first: ORDERS_PAGE_SIZE,
    partnerId,
    externalId: externalId.trim() || null,
  });
  return { orders: nodes, ...list };
}
