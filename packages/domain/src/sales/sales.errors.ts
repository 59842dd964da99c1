/** Stable codes of the rules that guard what an order may be paid and refunded. */
export const SaleErrorCode = {
  /** A payment (instalment or renewal) is not more than zero. */
  PaymentAmountInvalid: 'PAYMENT_AMOUNT_INVALID',
  /** An instalment would take the payments above the order total. */
  PaymentExceedsOrder: 'PAYMENT_EXCEEDS_ORDER',
  /** A refund is not more than zero. */
  RefundAmountInvalid: 'REFUND_AMOUNT_INVALID',
  /** A renewal payment for an order that sold no subscription product. */
  NotSubscription: 'ORDER_NOT_SUBSCRIPTION',
  /** A renewal's tax is more than the renewal payment. */
  TaxExceedsPayment: 'TAX_EXCEEDS_PAYMENT',
} as const;

export type SaleErrorCode = (typeof SaleErrorCode)[keyof typeof SaleErrorCode];
