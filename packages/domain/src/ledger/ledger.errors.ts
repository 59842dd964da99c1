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
} as const;
