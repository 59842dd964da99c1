import { DomainError } from '../errors/domain-error.js';
import { commissionStatus, flaggedCommissionIds } from '../lifecycle/commission-lifecycle.js';
import type { Commission } from '../lifecycle/commission-record.types.js';
import { assertMinorUnits } from '../money/money.js';
import { assertInstant } from '../time/zoned-day.js';
import { computeBalances } from './balances.js';
import { LedgerErrorCode } from './ledger.errors.js';
import type { LedgerEntry } from './ledger.types.js';

/** A partner selected for a payout batch, with its payout method (e.g. `PAYPAL`) and optional reference. */
export interface Payee {
  readonly partnerId: string;
  readonly method: string;
  readonly reference?: string | null;
}

/** Input of {@link planPayoutBatch}. */
export interface PayoutBatchInput {
  readonly batchId: string;
  readonly at: Date;
  readonly payees: readonly Payee[];
  /** Minimum payout per currency (minor units); a currency not listed has no minimum beyond "above zero". */
  readonly minimumPayoutMinor: Readonly<Record<string, bigint>>;
  /** Every ledger entry of the payees (all currencies), including earlier payouts. */
  readonly entries: readonly LedgerEntry[];
  /** Every commission of the payees. */
  readonly commissions: readonly Commission[];
}

/** Why a payee/currency got no payment. */
export type PayoutSkipReason = 'ALREADY_PAID' | 'NOTHING_PAYABLE' | 'BELOW_MINIMUM';

/** The decision of a payout batch. */
export interface PayoutBatchPlan {
  /** One PAYMENT entry per paid partner and currency. */
  readonly entries: LedgerEntry[];
  /** Commissions settled by the batch (now PAID). */
  readonly commissions: Commission[];
  readonly skipped: {
    readonly partnerId: string;
    readonly currency: string;
    readonly reason: PayoutSkipReason;
  }[];
}

/**
 * Plans a payout batch: for every selected partner and currency whose payable balance at `at` (see
 * `computeBalances`; flagged commissions excluded) is above zero and at least the currency's minimum, one
 * `PAYMENT` entry of exactly minus that balance, zeroing it: a payment never exceeds the payable balance
 * and never makes it negative. The PAYABLE commissions of that partner and currency become PAID (a
 * negative payable balance after a clawback pays nothing and waits for future earnings). Idempotent: a
 * partner and currency that already has a PAYMENT of this batch is skipped (`ALREADY_PAID`), so creating
 * the same batch twice pays once. Entry id: `payment:<batch>:<partner>:<currency>`.
 *
 * @throws DomainError `PAYOUT_INVALID` (field `batchId` or `payees`) for a batch without id, a payee
 * without partner or method, or a partner selected twice; `MONEY_*` for a malformed minimum.
 */
export function planPayoutBatch(input: PayoutBatchInput): PayoutBatchPlan {
  if (typeof input.batchId !== 'string' || input.batchId === '') {
    throw new DomainError(LedgerErrorCode.PayoutInvalid, 'A payout batch has an id.', 'batchId');
  }
  const at = assertInstant(input.at, 'at');
  const selected = new Set<string>();
  for (const payee of input.payees) {
    if (!payee.partnerId || !payee.method || selected.has(payee.partnerId)) {
      throw new DomainError(
        LedgerErrorCode.PayoutInvalid,
        'Each payee is a different partner with a payout method.',
        'payees',
      );
    }
    selected.add(payee.partnerId);
  }
  const balances = computeBalances(
    input.entries.filter((e) => selected.has(e.partnerId)),
    { now: at, flaggedCommissionIds: flaggedCommissionIds(input.commissions) },
  );
  const alreadyPaid = new Set(
    input.entries
      .filter((e) => e.kind === 'PAYMENT' && e.payoutBatchId === input.batchId)
      .map((e) => `${e.partnerId}\u0000${e.amount.currency}`),
  );
  const payees = new Map(input.payees.map((payee) => [payee.partnerId, payee]));
  const plan: PayoutBatchPlan = { entries: [], commissions: [], skipped: [] };
  for (const balance of balances) {
    const { partnerId, currency } = balance;
    const payee = payees.get(partnerId) as Payee;
    const minimum = assertMinorUnits(
      input.minimumPayoutMinor[currency] ?? 0n,
      `minimumPayoutMinor.${currency}`,
    );
    const payable = balance.payable.amountMinor;
    if (alreadyPaid.has(`${partnerId}\u0000${currency}`)) {
      plan.skipped.push({ partnerId, currency, reason: 'ALREADY_PAID' });
      continue;
    }
    if (payable <= 0n) {
      plan.skipped.push({ partnerId, currency, reason: 'NOTHING_PAYABLE' });
      continue;
    }
    if (payable < minimum) {
      plan.skipped.push({ partnerId, currency, reason: 'BELOW_MINIMUM' });
      continue;
    }
    plan.entries.push({
      id: `payment:${input.batchId}:${partnerId}:${currency}`,
      partnerId,
      kind: 'PAYMENT',
      amount: { amountMinor: -payable, currency },
      effectiveAt: at,
      availableAt: at,
      commissionId: null,
      refundId: null,
      payoutBatchId: input.batchId,
      method: payee.method,
      reference: payee.reference ?? null,
      reason: null,
      adminId: null,
    });
    for (const commission of input.commissions) {
      if (
        commission.partnerId === partnerId &&
        commission.amount.currency === currency &&
        commissionStatus(commission, at) === 'PAYABLE'
      ) {
        plan.commissions.push({ ...commission, paidAt: at, payoutBatchId: input.batchId });
      }
    }
  }
  return plan;
}
