import type { Money } from '../money/money.types.js';
import type { PayoutTiming } from '../programs/program.types.js';

/**
 * Lifecycle of a commission: `PENDING` (inside the hold period) -> `PAYABLE` (hold elapsed) -> `PAID`
 * (settled by a payout). `FLAGGED` waits for an admin's review (self-referral). `VOIDED` = fully reversed
 * before it was paid (refund or rejection).
 */
export type CommissionStatus = 'PENDING' | 'PAYABLE' | 'PAID' | 'FLAGGED' | 'VOIDED';

/** Review state of a commission created FLAGGED. */
export type CommissionReview = 'NONE' | 'FLAGGED' | 'APPROVED' | 'REJECTED';

/**
 * A stored commission: created once from a `CommissionLine`, then changed only by lifecycle decisions
 * (refunds, reviews, payouts), each of which also appends ledger entries. Its status is derived with
 * {@link commissionStatus} from these facts and the current time.
 */
export interface Commission {
  /** The line's key. */
  readonly id: string;
  readonly partnerId: string;
  /** Chain of the credited partner on this sale: parent levels are reversed with the child. */
  readonly chainKey: string;
  readonly kind: 'SALE' | 'LEAD';
  /** The order or lead id. */
  readonly sourceId: string;
  readonly level: number;
  readonly programId: string;
  readonly timing: PayoutTiming;
  readonly paymentId: string | null;
  /** The amount created (rounded once); never changes. */
  readonly amount: Money;
  readonly createdAt: Date;
  /** `createdAt + hold`: from then on it is payable. */
  readonly availableAt: Date;
  readonly review: CommissionReview;
  /** Minor units reversed so far (voids, partial refunds and clawbacks together), 0 to `amount`. */
  readonly reversedMinor: bigint;
  /** Set when fully reversed before being paid. */
  readonly voidedAt: Date | null;
  /** Set when a payout settled it. */
  readonly paidAt: Date | null;
  readonly payoutBatchId: string | null;
}
