import type { Money } from '../money/money.types.js';

/**
 * Kinds of ledger entries: `COMMISSION` (+ when earned; the reversing entry of a voided or partly refunded
 * unpaid commission is a negative COMMISSION, so "commissions" in reports are net), `CLAWBACK` (- reversal
 * of an already paid commission), `PAYMENT` (- a payout), `ADJUSTMENT` (+/- by an admin, with a reason).
 */
export type LedgerEntryKind = 'COMMISSION' | 'CLAWBACK' | 'PAYMENT' | 'ADJUSTMENT';

/**
 * One append-only entry of a partner's ledger in one currency. Never updated or deleted: a mistake is
 * corrected with a new entry. Ids are deterministic (derived from the decision's inputs) so that storing
 * the same decision twice can be refused by a unique key.
 */
export interface LedgerEntry {
  readonly id: string;
  readonly partnerId: string;
  readonly kind: LedgerEntryKind;
  /** Signed amount. */
  readonly amount: Money;
  /** When it counts for reports. */
  readonly effectiveAt: Date;
  /** When it counts for the payable balance. */
  readonly availableAt: Date;
  /** The commission it creates or reverses (COMMISSION, CLAWBACK). */
  readonly commissionId: string | null;
  /** The refund that caused a reversal, if any. */
  readonly refundId: string | null;
  readonly payoutBatchId: string | null;
  /** Payout method (PAYMENT), e.g. `PAYPAL`. */
  readonly method: string | null;
  /** Payout reference (PAYMENT), e.g. the PayPal transaction id. */
  readonly reference: string | null;
  /** Why (ADJUSTMENT, reversals). */
  readonly reason: string | null;
  /** The admin who decided (ADJUSTMENT, review). */
  readonly adminId: string | null;
}

/** Balances of one partner in one currency at an instant. `total = payable + pending + flagged`. */
export interface PartnerBalance {
  readonly partnerId: string;
  readonly currency: string;
  /** Sum of all entries. */
  readonly total: Money;
  /** Entries with `availableAt <= now`, not of a flagged commission: what a payout may pay. */
  readonly payable: Money;
  /** Entries with `availableAt > now`, not of a flagged commission (inside the hold period). */
  readonly pending: Money;
  /** Entries of commissions waiting for review (self-referral). */
  readonly flagged: Money;
}

/** One row of the ledger report for a period: per partner and currency. */
export interface LedgerReportRow {
  readonly partnerId: string;
  readonly currency: string;
  readonly beginning: Money;
  readonly commissions: Money;
  readonly clawbacks: Money;
  readonly payments: Money;
  readonly adjustments: Money;
  /** `beginning + commissions + clawbacks + payments + adjustments`. */
  readonly ending: Money;
}
