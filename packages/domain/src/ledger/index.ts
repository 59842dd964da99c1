export type { LedgerEntry, LedgerEntryKind, LedgerReportRow, PartnerBalance } from './ledger.types.js';
export { LedgerErrorCode } from './ledger.errors.js';
export { balanceFromSums, computeBalances, type BalanceOptions, type BalanceSums } from './balances.js';
export { ledgerReport, type LedgerReportOptions } from './ledger-report.js';
export { createAdjustment, type AdjustmentInput } from './adjustment.js';
export {
  planPayoutBatch,
  type Payee,
  type PayoutBatchInput,
  type PayoutBatchPlan,
  type PayoutSkipReason,
} from './payout-plan.js';
export {
  ledgerEntryCause,
  paymentEntryId,
  paymentVoidEntryId,
  payoutReadiness,
  planPaymentVoid,
  planPayouts,
  planSinglePayment,
  type LedgerCause,
  type LedgerCauseKind,
  type PaymentVoidInput,
  type PayoutCandidate,
  type PayoutPayee,
  type PayoutReadiness,
  type PayoutSkip,
  type PayoutsPlan,
  type PlanPayoutsInput,
  type SinglePaymentInput,
} from './payouts.js';
