/** Stable codes of ledger, lifecycle and payout errors. */
export const LedgerErrorCode = {
  /** An entry or adjustment is malformed (empty id/partner, zero adjustment, missing reason or admin). */
  EntryInvalid: 'LEDGER_ENTRY_INVALID',
  /** A report period ends before it starts. */
  PeriodInvalid: 'LEDGER_PERIOD_INVALID',
  /** A line or commission names a program that was not given. */
  ProgramUnknown: 'LEDGER_PROGRAM_UNKNOWN',
  /** A commission id is not among the commissions given. */
  CommissionUnknown: 'LEDGER_COMMISSION_UNKNOWN',
  /** A review was asked for a commission that is not waiting for review. */
  CommissionNotFlagged: 'LEDGER_COMMISSION_NOT_FLAGGED',
  /** Refunds would exceed what the customer paid (or the order total). */
  RefundExceedsSale: 'LEDGER_REFUND_EXCEEDS_SALE',
  /** The commissions given for one sale mix sales, or a refund is malformed. */
  RefundInvalid: 'LEDGER_REFUND_INVALID',
  /** A payout batch is malformed (no batch id, a payee without partner or method). */
  PayoutInvalid: 'PAYOUT_INVALID',
  /** A payment of zero or less. */
  PayoutAmountInvalid: 'PAYOUT_AMOUNT_INVALID',
  /** A payment above the partner's payable balance in that currency. */
  PayoutExceedsPayable: 'PAYOUT_EXCEEDS_PAYABLE',
  /** A payment in a currency the partner holds nothing in. */
  PayoutCurrencyNotHeld: 'PAYOUT_CURRENCY_NOT_HELD',
  /** A payout batch whose selection pays nobody (empty, nothing payable, all below the minimum or paid). */
  PayoutNothingToPay: 'PAYOUT_NOTHING_TO_PAY',
  /** A void of an entry that is not a payment (or is itself a void). */
  PaymentNotVoidable: 'PAYMENT_NOT_VOIDABLE',
  /** A void of a payment that was voided already. */
  PaymentAlreadyVoided: 'PAYMENT_ALREADY_VOIDED',
} as const;
