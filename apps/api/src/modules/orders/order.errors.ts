/** Error codes of orders, payments and refunds. */
export const OrderErrorCode = {
  NotFound: 'ORDER_NOT_FOUND',
  ItemsInvalid: 'ORDER_ITEMS_INVALID',
  NotSubscription: 'ORDER_NOT_SUBSCRIPTION',
  PaymentAmountInvalid: 'PAYMENT_AMOUNT_INVALID',
  PaymentExceedsOrder: 'PAYMENT_EXCEEDS_ORDER',
  PaymentNotFound: 'PAYMENT_NOT_FOUND',
  TaxExceedsPayment: 'TAX_EXCEEDS_PAYMENT',
  RefundAmountInvalid: 'REFUND_AMOUNT_INVALID',
} as const;
