/** Stable codes of commission calculation errors. */
export const CommissionErrorCode = {
  /** An order (or lead) field is missing or malformed: empty id, invalid date, bad product id. */
  OrderInvalid: 'ORDER_INVALID',
  /** An item quantity is not a positive safe integer. */
  ItemQuantityInvalid: 'ORDER_ITEM_QUANTITY_INVALID',
  /** A discount is larger than the price it discounts (an item's own, or the order's over all items). */
  DiscountExceedsPrice: 'ORDER_DISCOUNT_EXCEEDS_PRICE',
  /** A payment of an order is in an impossible state (duplicate id). */
  PaymentInvalid: 'ORDER_PAYMENT_INVALID',
  /** The partner chain loops: a partner is its own ancestor. */
  ChainCycle: 'COMMISSION_CHAIN_CYCLE',
  /** A credited partner or an ancestor within the paid levels is not among the partners given. */
  PartnerUnknown: 'COMMISSION_PARTNER_UNKNOWN',
  /** Credits are empty where required, repeat a partner, or their weights do not sum to 10,000 bp. */
  CreditsInvalid: 'COMMISSION_CREDITS_INVALID',
  /** A flat amount in the program's currency would be paid on an order in another currency. */
  CurrencyMismatch: 'COMMISSION_CURRENCY_MISMATCH',
} as const;
