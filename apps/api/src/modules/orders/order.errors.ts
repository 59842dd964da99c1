/** Error codes of orders, payments and refunds. */
export const OrderErrorCode = {
  NotFound: 'ORDER_NOT_FOUND',
  ItemsInvalid: 'ORDER_ITEMS_INVALID',
  PaymentNotFound: 'PAYMENT_NOT_FOUND',
} as const;
