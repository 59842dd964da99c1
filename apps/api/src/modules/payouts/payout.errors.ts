/** Error codes of payouts, payments, adjustments and commission reviews (API side). */
export const PayoutErrorCode = {
  BatchNotFound: 'PAYOUT_BATCH_NOT_FOUND',
  EntryNotFound: 'LEDGER_ENTRY_NOT_FOUND',
  CommissionNotFound: 'COMMISSION_NOT_FOUND',
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
} as const;
