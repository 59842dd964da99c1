import { DomainError } from '../errors/domain-error.js';
import type { DomainErrorCode } from '../errors/domain-error-code.js';
import { commissionStatus } from '../lifecycle/commission-lifecycle.js';
import type { Commission } from '../lifecycle/commission-record.types.js';
import { assertCurrency } from '../money/currency.js';
import { assertMinorUnits } from '../money/money.js';
import type { Money } from '../money/money.types.js';
import { assertInstant } from '../time/zoned-day.js';
import { LedgerErrorCode } from './ledger.errors.js';
import type { LedgerEntry, PartnerBalance } from './ledger.types.js';

/**
 * Whether a partner can be paid in one currency now: `READY`, or why not. `NOTHING_PAYABLE` (payable
 * zero or less), `BELOW_MINIMUM` (payable below the program's minimum payout), `NO_PAYOUT_DETAILS` (no
 * payout method or destination). The order of the checks is the order of the reasons.
 */
export type PayoutReadiness = 'READY' | 'NOTHING_PAYABLE' | 'BELOW_MINIMUM' | 'NO_PAYOUT_DETAILS';

/** What {@link payoutReadiness} needs to know of a partner in one currency. */
export interface PayoutCandidate {
  readonly balance: PartnerBalance;
  /** The minimum payout of the partner's program in this currency (0 = none). */
  readonly minimumMinor: bigint;
  /** The partner has a payout method and a destination (e.g. a PayPal email). */
  readonly hasPayoutDetails: boolean;
}

/**
 * Can this partner be paid in this currency now? The one rule behind the payout preview, the batch and
 * the portal's "can be paid out": payable above zero, at least the minimum, and payout details present.
 */
export function payoutReadiness(candidate: PayoutCandidate): PayoutReadiness {
  const payable = candidate.balance.payable.amountMinor;
  if (payable <= 0n) return 'NOTHING_PAYABLE';
  if (payable < assertMinorUnits(candidate.minimumMinor, 'minimumMinor')) return 'BELOW_MINIMUM';
  if (!candidate.hasPayoutDetails) return 'NO_PAYOUT_DETAILS';
  return 'READY';
}

/** A partner of a payout batch in the batch's currency, as the store read it under the partner's lock. */
export interface PayoutPayee extends PayoutCandidate {
  readonly partnerId: string;
  /** The partner's unpaid commissions in the currency (those PAYABLE at `at` are settled). */
  readonly commissions: readonly Commission[];
  /** The batch has paid this partner in this currency already (a retry of the same batch). */
  readonly alreadyPaid: boolean;
}

/** Input of {@link planPayouts}. */
export interface PlanPayoutsInput {
  readonly batchId: string;
  readonly currency: string;
  readonly at: Date;
  readonly method: string;
  readonly reference?: string | null;
  readonly adminId?: string | null;
  readonly payees: readonly PayoutPayee[];
}

/** Why a payee got no payment in a batch. */
export type PayoutSkip = Exclude<PayoutReadiness, 'READY'> | 'ALREADY_PAID';

/** The decision of {@link planPayouts}. */
export interface PayoutsPlan {
  /** One PAYMENT entry per paid partner: minus the whole payable balance. */
  readonly entries: LedgerEntry[];
  /** Commissions settled (now PAID, with the batch id). */
  readonly commissions: Commission[];
  readonly skipped: { readonly partnerId: string; readonly reason: PayoutSkip }[];
}

const payment = (
  fields: Pick<LedgerEntry, 'id' | 'partnerId' | 'amount' | 'payoutBatchId' | 'method'> &
    Partial<LedgerEntry> & { at: Date },
): LedgerEntry => {
  const { at, ...rest } = fields;
  return {
    kind: 'PAYMENT',
    effectiveAt: at,
    availableAt: at,
    commissionId: null,
    refundId: null,
    reference: null,
    reason: null,
    adminId: null,
    ...rest,
  };
};

/** Entry id of the payment of `batchId` to a partner in a currency (the same as `planPayoutBatch`). */
export const paymentEntryId = (batchId: string, partnerId: string, currency: string) =>
  `payment:${batchId}:${partnerId}:${currency}`;

/** Entry id of the void of a payment entry: one void per payment, refused twice by the unique id. */
export const paymentVoidEntryId = (paymentId: string) => `payment-void:${paymentId}`;

function required(
  value: string | null | undefined,
  code: DomainErrorCode,
  field: string,
  message: string,
): string {
  if (typeof value !== 'string' || value.trim() === '') throw new DomainError(code, message, field);
  return value.trim();
}

function settled(commissions: readonly Commission[], currency: string, at: Date, batchId: string) {
  return commissions
    .filter((c) => c.amount.currency === currency && commissionStatus(c, at) === 'PAYABLE')
    .map((c) => ({ ...c, paidAt: at, payoutBatchId: batchId }));
}

/**
 * A payout batch in one currency, from balances the store read after locking the payees (so two batches
 * never see the same payable money): each payee that is {@link payoutReadiness} `READY` and not paid by
 * this batch yet gets one `PAYMENT` of exactly minus its payable balance, zeroing it; its PAYABLE
 * commissions become PAID. The others are skipped with the reason. Entry id `payment:<batch>:<partner>:<currency>`.
 *
 * @throws DomainError `PAYOUT_INVALID` (field `batchId`, `method` or `payees` when a partner appears
 * twice or a balance is of another currency), `PAYOUT_NOTHING_TO_PAY` (field `partnerIds`) when nobody
 * is paid and nobody was paid before by this batch, `MONEY_CURRENCY_UNKNOWN`, `TIME_INSTANT_INVALID`.
 */
export function planPayouts(input: PlanPayoutsInput): PayoutsPlan {
  const batchId = required(input.batchId, LedgerErrorCode.PayoutInvalid, 'batchId', 'A batch has an id.');
  const method = required(input.method, LedgerErrorCode.PayoutInvalid, 'method', 'A batch has a method.');
  const currency = assertCurrency(input.currency, 'currency');
  const at = assertInstant(input.at, 'at');
  const seen = new Set<string>();
  const plan: PayoutsPlan = { entries: [], commissions: [], skipped: [] };
  for (const payee of input.payees) {
    if (!payee.partnerId || seen.has(payee.partnerId) || payee.balance.currency !== currency) {
      throw new DomainError(
        LedgerErrorCode.PayoutInvalid,
        'Each payee is a different partner with a balance in the batch currency.',
        'payees',
      );
    }
    seen.add(payee.partnerId);
    if (payee.alreadyPaid) {
      plan.skipped.push({ partnerId: payee.partnerId, reason: 'ALREADY_PAID' });
      continue;
    }
    const readiness = payoutReadiness(payee);
    if (readiness !== 'READY') {
      plan.skipped.push({ partnerId: payee.partnerId, reason: readiness });
      continue;
    }
    plan.entries.push(
      payment({
        id: paymentEntryId(batchId, payee.partnerId, currency),
        partnerId: payee.partnerId,
        amount: { amountMinor: -payee.balance.payable.amountMinor, currency },
        payoutBatchId: batchId,
        method,
        reference: input.reference?.trim() || null,
        adminId: input.adminId ?? null,
        at,
      }),
    );
    plan.commissions.push(...settled(payee.commissions, currency, at, batchId));
  }
  if (plan.entries.length === 0 && !plan.skipped.some((s) => s.reason === 'ALREADY_PAID')) {
    throw new DomainError(
      LedgerErrorCode.PayoutNothingToPay,
      'Nobody in this selection can be paid: nothing payable, below the minimum, or no payout details.',
      'partnerIds',
    );
  }
  return plan;
}

/** Input of {@link planSinglePayment}. */
export interface SinglePaymentInput {
  /** The one-partner batch the payment belongs to. */
  readonly batchId: string;
  readonly partnerId: string;
  readonly amount: Money;
  /** The partner's balance in `amount.currency`, read under the partner's lock; null when none. */
  readonly balance: PartnerBalance | null;
  readonly commissions: readonly Commission[];
  readonly method: string;
  readonly reference?: string | null;
  /** The admin who recorded it; null when an API key (`payouts:write`) did. */
  readonly adminId: string | null;
  readonly at: Date;
}

/**
 * A single payment recorded by an admin from a partner's page (paid outside a batch, e.g. a check):
 * positive, at most the payable balance. Paying the whole payable balance settles every PAYABLE
 * commission; a part settles the oldest PAYABLE commissions whose net amounts fit in it (the rest stay
 * payable). Entry id as in {@link planPayouts}.
 *
 * @throws DomainError `PAYOUT_AMOUNT_INVALID` (field `amount`), `PAYOUT_CURRENCY_NOT_HELD` (field
 * `currency`), `PAYOUT_EXCEEDS_PAYABLE` (field `amount`), `PAYOUT_INVALID` (field `method`).
 */
export function planSinglePayment(input: SinglePaymentInput): {
  entry: LedgerEntry;
  commissions: Commission[];
} {
  const currency = assertCurrency(input.amount?.currency, 'currency');
  const amount = assertMinorUnits(input.amount.amountMinor, 'amount', true);
  if (amount <= 0n) {
    throw new DomainError(LedgerErrorCode.PayoutAmountInvalid, 'A payment is more than zero.', 'amount');
  }
  const method = required(input.method, LedgerErrorCode.PayoutInvalid, 'method', 'A payment has a method.');
  const at = assertInstant(input.at, 'at');
  if (!input.balance || input.balance.currency !== currency) {
    throw new DomainError(
      LedgerErrorCode.PayoutCurrencyNotHeld,
      `The partner holds nothing in ${currency}.`,
      'currency',
    );
  }
  const payable = input.balance.payable.amountMinor;
  if (amount > payable) {
    throw new DomainError(
      LedgerErrorCode.PayoutExceedsPayable,
      'A payment cannot be more than the payable balance.',
      'amount',
    );
  }
  const payableCommissions = settled(input.commissions, currency, at, input.batchId).sort(
    (a, b) => a.availableAt.getTime() - b.availableAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let room = amount;
  const commissions: Commission[] = [];
  for (const commission of payableCommissions) {
    const net = commission.amount.amountMinor - commission.reversedMinor;
    if (amount !== payable && net > room) break;
    room -= net;
    commissions.push(commission);
  }
  return {
    entry: payment({
      id: paymentEntryId(input.batchId, input.partnerId, currency),
      partnerId: input.partnerId,
      amount: { amountMinor: -amount, currency },
      payoutBatchId: input.batchId,
      method,
      reference: input.reference?.trim() || null,
      adminId: input.adminId,
      at,
    }),
    commissions,
  };
}

/** Input of {@link planPaymentVoid}. */
export interface PaymentVoidInput {
  readonly payment: LedgerEntry;
  /** The payment has a void already. */
  readonly alreadyVoided: boolean;
  /** The commissions the payment settled (PAID by its batch, same partner and currency). */
  readonly commissions: readonly Commission[];
  readonly reason: string;
  /** The admin who voided it; null when an API key (`payouts:write`) did. */
  readonly adminId: string | null;
  readonly at: Date;
}

/**
 * Voids a payment (it bounced, was sent to the wrong account): a reversing `PAYMENT` entry of the
 * opposite amount, available at once, with the admin and reason; the commissions it settled are PAYABLE
 * again. Entry id `payment-void:<payment entry id>`, so a payment is never voided twice.
 *
 * @throws DomainError `PAYMENT_NOT_VOIDABLE` (field `entryId`) for an entry that is not a payment or is a
 * void, `PAYMENT_ALREADY_VOIDED` (field `entryId`), `LEDGER_ENTRY_INVALID` (field `reason`).
 */
export function planPaymentVoid(input: PaymentVoidInput): { entry: LedgerEntry; commissions: Commission[] } {
  const original = input.payment;
  if (original.kind !== 'PAYMENT' || original.amount.amountMinor >= 0n) {
    throw new DomainError(LedgerErrorCode.PaymentNotVoidable, 'Only a payment can be voided.', 'entryId');
  }
  if (input.alreadyVoided) {
    throw new DomainError(LedgerErrorCode.PaymentAlreadyVoided, 'This payment is voided already.', 'entryId');
  }
  const reason = required(input.reason, LedgerErrorCode.EntryInvalid, 'reason', 'A void has a reason.');
  const adminId =
    input.adminId === null
      ? null
      : required(input.adminId, LedgerErrorCode.EntryInvalid, 'adminId', 'A void has an admin.');
  const at = assertInstant(input.at, 'at');
  return {
    entry: payment({
      id: paymentVoidEntryId(original.id),
      partnerId: original.partnerId,
      amount: { amountMinor: -original.amount.amountMinor, currency: original.amount.currency },
      payoutBatchId: original.payoutBatchId,
      method: original.method,
      reference: original.reference,
      reason,
      adminId,
      at,
    }),
    commissions: input.commissions
      .filter(
        (c) =>
          c.paidAt !== null &&
          c.payoutBatchId === original.payoutBatchId &&
          c.partnerId === original.partnerId &&
          c.amount.currency === original.amount.currency,
      )
      .map((c) => ({ ...c, paidAt: null, payoutBatchId: null })),
  };
}

/** What caused a ledger entry (for a drill-down from the entry). */
export type LedgerCauseKind =
  | 'COMMISSION_EARNED'
  | 'REFUND'
  | 'REVIEW_REJECTED'
  | 'COMMISSION_REVERSED'
  | 'PAYOUT'
  | 'PAYMENT_VOID'
  | 'ADJUSTMENT';

/** The cause of an entry: its kind and the ids to follow. */
export interface LedgerCause {
  readonly kind: LedgerCauseKind;
  readonly commissionId: string | null;
  readonly refundId: string | null;
  readonly payoutBatchId: string | null;
  /** For a void: the payment entry it reverses. */
  readonly voidedEntryId: string | null;
  readonly adminId: string | null;
  readonly reason: string | null;
}

/**
 * The cause of an entry, from what it records: a commission earned (`commission:`), its reversal by a
 * refund (refund id), by a rejected review (reason `REJECTED`, the admin) or otherwise, a payout (batch),
 * the void of a payment (`payment-void:<payment id>`), an admin's adjustment (admin and reason).
 */
export function ledgerEntryCause(entry: LedgerEntry): LedgerCause {
  const base = {
    commissionId: entry.commissionId,
    refundId: entry.refundId,
    payoutBatchId: entry.payoutBatchId,
    voidedEntryId: null,
    adminId: entry.adminId,
    reason: entry.reason,
  };
  switch (entry.kind) {
    case 'ADJUSTMENT':
      return { ...base, kind: 'ADJUSTMENT' };
    case 'PAYMENT':
      return entry.id.startsWith('payment-void:')
        ? { ...base, kind: 'PAYMENT_VOID', voidedEntryId: entry.id.slice('payment-void:'.length) }
        : { ...base, kind: 'PAYOUT' };
    default:
      if (entry.refundId !== null) return { ...base, kind: 'REFUND' };
      if (entry.reason === 'REJECTED') return { ...base, kind: 'REVIEW_REJECTED' };
      if (entry.kind === 'COMMISSION' && entry.amount.amountMinor >= 0n && entry.reason === null) {
        return { ...base, kind: 'COMMISSION_EARNED' };
      }
      return { ...base, kind: 'COMMISSION_REVERSED' };
  }
}
