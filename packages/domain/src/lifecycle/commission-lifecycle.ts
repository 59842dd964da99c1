import type { CommissionLine } from '../commissions/commission.types.js';
import { DomainError } from '../errors/domain-error.js';
import { LedgerErrorCode } from '../ledger/ledger.errors.js';
import type { LedgerEntry } from '../ledger/ledger.types.js';
import { fraction, roundHalfEven } from '../money/fraction.js';
import { applyRefund, type SaleAmounts } from '../sales/sale-payments.js';
import type { Program } from '../programs/program.types.js';
import { assertInstant } from '../time/zoned-day.js';
import type { Commission, CommissionStatus } from './commission-record.types.js';

const DAY_MS = 86_400_000;

/** What a lifecycle decision returns: the commissions it changed (or created) and the entries to append. */
export interface LifecycleDecision {
  readonly commissions: Commission[];
  readonly entries: LedgerEntry[];
}

function entry(
  fields: Partial<LedgerEntry> & Pick<LedgerEntry, 'id' | 'partnerId' | 'kind' | 'amount'>,
): LedgerEntry {
  return {
    effectiveAt: new Date(0),
    availableAt: new Date(0),
    commissionId: null,
    refundId: null,
    payoutBatchId: null,
    method: null,
    reference: null,
    reason: null,
    adminId: null,
    ...fields,
  };
}

/**
 * The status of a commission at `now`: VOIDED when fully reversed before payment, PAID once a payout
 * settled it, FLAGGED while a review is pending, else PENDING before `availableAt` and PAYABLE from it.
 */
export function commissionStatus(commission: Commission, now: Date): CommissionStatus {
  if (commission.voidedAt) return 'VOIDED';
  if (commission.paidAt) return 'PAID';
  if (commission.review === 'FLAGGED') return 'FLAGGED';
  return now.getTime() < commission.availableAt.getTime() ? 'PENDING' : 'PAYABLE';
}

/** Ids of the commissions waiting for review (for `computeBalances`). */
export function flaggedCommissionIds(commissions: readonly Commission[]): string[] {
  return commissions.filter((c) => c.review === 'FLAGGED' && !c.voidedAt).map((c) => c.id);
}

/**
 * Turns calculated lines into stored commissions and their `COMMISSION` ledger entries. Each is created at
 * the line's `earnedAt` and becomes payable `holdDays` x 24 h later (the program's hold; rule choice: an
 * exact duration, not a local-day boundary, so it is the same for everyone). A flagged line starts
 * FLAGGED. Entry id: `commission:<line key>`.
 *
 * @throws DomainError `LEDGER_PROGRAM_UNKNOWN` (field `programs`) when a line's program is not given.
 */
export function createCommissions(
  lines: readonly CommissionLine[],
  programs: readonly Pick<Program, 'id' | 'holdDays'>[],
): LifecycleDecision {
  const holds = new Map(programs.map((program) => [program.id, program.holdDays]));
  const commissions: Commission[] = [];
  const entries: LedgerEntry[] = [];
  for (const line of lines) {
    const hold = holds.get(line.programId);
    if (hold === undefined) {
      throw new DomainError(
        LedgerErrorCode.ProgramUnknown,
        `Program ${line.programId} was not given.`,
        'programs',
      );
    }
    const availableAt = new Date(line.earnedAt.getTime() + hold * DAY_MS);
    commissions.push({
      id: line.key,
      partnerId: line.partnerId,
      chainKey: line.chainKey,
      kind: line.kind,
      sourceId: line.sourceId,
      level: line.level,
      programId: line.programId,
      timing: line.timing,
      paymentId: line.paymentId,
      amount: line.amount,
      createdAt: line.earnedAt,
      availableAt,
      review: line.flagged ? 'FLAGGED' : 'NONE',
      reversedMinor: 0n,
      voidedAt: null,
      paidAt: null,
      payoutBatchId: null,
    });
    entries.push(
      entry({
        id: `commission:${line.key}`,
        partnerId: line.partnerId,
        kind: 'COMMISSION',
        amount: line.amount,
        effectiveAt: line.earnedAt,
        availableAt,
        commissionId: line.key,
      }),
    );
  }
  return { commissions, entries };
}

/**
 * Reverses `target` minor units in total of a commission (no-op when already reversed that far): unpaid ->
 * a negative COMMISSION entry (voiding it when fully reversed), paid -> a CLAWBACK entry. A reversal of an
 * unpaid commission becomes available at `max(availableAt, at)`, so it nets out with the commission it
 * reverses and never makes the payable balance dip; a clawback is available at once (offset against
 * future earnings).
 */
function reverseTo(
  commission: Commission,
  target: bigint,
  at: Date,
  id: string,
  refundId: string | null,
  reason: string,
  adminId: string | null,
): { commission: Commission; entry: LedgerEntry | null } {
  const delta = target - commission.reversedMinor;
  if (delta <= 0n || commission.voidedAt) return { commission, entry: null };
  const paid = commission.paidAt !== null;
  const availableAt = paid || at.getTime() > commission.availableAt.getTime() ? at : commission.availableAt;
  const full = target === commission.amount.amountMinor;
  return {
    commission: { ...commission, reversedMinor: target, voidedAt: !paid && full ? at : null },
    entry: entry({
      id,
      partnerId: commission.partnerId,
      kind: paid ? 'CLAWBACK' : 'COMMISSION',
      amount: { amountMinor: -delta, currency: commission.amount.currency },
      effectiveAt: at,
      availableAt,
      commissionId: commission.id,
      refundId,
      reason,
      adminId,
    }),
  };
}

/** A refund of a sale. */
export interface SaleRefund {
  readonly id: string;
  readonly amountMinor: bigint;
  readonly at: Date;
}

/**
 * The commissions of one sale grouped by position (partner, level, chain, kind): one commission for an
 * UPFRONT sale, one per payment for an ON_PAYMENT sale. Each group keeps the given (creation) order.
 */
function positions(commissions: readonly Commission[]): Commission[][] {
  const groups = new Map<string, Commission[]>();
  for (const c of commissions) {
    const key = `${c.partnerId}\u0000${c.level}\u0000${c.chainKey}\u0000${c.kind}\u0000${c.timing}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()];
}

/**
 * Applies a (partial or full) refund of a sale to all its commissions, every level and every chain alike.
 * Per position (a partner at a level of a chain: one commission UPFRONT, one per payment ON_PAYMENT), the
 * reversed amount becomes `earned x cumulative refunded / captured`, rounded half-to-even, where captured
 * is the order total for UPFRONT commissions and the amount paid so far for ON_PAYMENT ones (a refund
 * reverses what it gave back of what was paid). What is still to reverse is taken from the position's
 * newest commissions first. Because the target depends only on the cumulative refund and what was earned,
 * the final ledger does not depend on the order in which refunds arrive, nor on whether a payment came
 * before or after a refund (up to one minor unit of rounding when a refund falls between payments whose
 * commissions rounded down to nothing). A reversal is never undone. Unpaid commissions are reduced with
 * negative COMMISSION entries (VOIDED when nothing is left), paid ones get CLAWBACK entries. Entry ids: `reversal:<commission id>:<refund id>`. The refund must fit what the
 * customer paid ({@link applyRefund}); `sale` are the order's amounts before it, and the decision carries
 * them after it.
 *
 * @throws DomainError `LEDGER_REFUND_EXCEEDS_SALE` / `REFUND_AMOUNT_INVALID` (field `amountMinor`) when
 * the refund does not fit, `LEDGER_REFUND_INVALID` when the commissions are of several sales or the refund
 * has no id, `MONEY_*` / `TIME_*` for malformed amounts and dates.
 */
export function refundSale(
  commissions: readonly Commission[],
  refund: SaleRefund,
  sale: SaleAmounts,
): LifecycleDecision & { readonly sale: SaleAmounts } {
  if (
    typeof refund.id !== 'string' ||
    refund.id === '' ||
    new Set(commissions.map((c) => c.sourceId)).size > 1
  ) {
    throw new DomainError(
      LedgerErrorCode.RefundInvalid,
      'A refund has an id and concerns one sale.',
      'refund',
    );
  }
  const at = assertInstant(refund.at, 'refund.at');
  const after = applyRefund(sale, refund.amountMinor);
  const total = after.totalMinor;
  const paid = after.paidMinor;
  const refunded = after.refundedMinor;
  const changed: Commission[] = [];
  const entries: LedgerEntry[] = [];
  for (const group of positions(commissions)) {
    const [first] = group;
    const captured = first!.timing === 'ON_PAYMENT' ? paid : total;
    const earned = group.reduce((sum, c) => sum + c.amount.amountMinor, 0n);
    const target = captured === 0n ? earned : roundHalfEven(fraction(earned * refunded, captured));
    let missing = target - group.reduce((sum, c) => sum + c.reversedMinor, 0n);
    // The newest commissions first: unpaid ones are voided before paid ones are clawed back.
    for (const commission of [...group].reverse()) {
      if (missing <= 0n) break;
      const room = commission.amount.amountMinor - commission.reversedMinor;
      const share = room < missing ? room : missing;
      if (share <= 0n || commission.voidedAt) continue;
      missing -= share;
      const result = reverseTo(
        commission,
        commission.reversedMinor + share,
        at,
        `reversal:${commission.id}:${refund.id}`,
        refund.id,
        'REFUND',
        null,
      );
      if (result.entry) {
        changed.push(result.commission);
        entries.push(result.entry);
      }
    }
  }
  return { commissions: changed, entries, sale: after };
}

/** Input of {@link reverseCommission}. */
export interface ReverseCommissionInput {
  /** All commissions of the sale (at least the chain of the reversed one). */
  readonly commissions: readonly Commission[];
  readonly commissionId: string;
  readonly at: Date;
  /** Unique id of this decision (part of the entry ids). */
  readonly decisionId: string;
  readonly reason: string;
  readonly adminId?: string | null;
}

function chainFrom(commissions: readonly Commission[], commissionId: string): Commission[] {
  const child = commissions.find((c) => c.id === commissionId);
  if (!child) {
    throw new DomainError(
      LedgerErrorCode.CommissionUnknown,
      `Commission ${commissionId} was not given.`,
      'commissionId',
    );
  }
  return commissions.filter(
    (c) =>
      c.id === child.id ||
      (c.chainKey === child.chainKey && c.paymentId === child.paymentId && c.level > child.level),
  );
}

/**
 * Reverses what is left of a commission and, with it, the parent-level commissions of the same chain on the
 * same sale (and payment): levels above it whose amount derives from the same credit. Unpaid ones are
 * voided, paid ones clawed back (see {@link refundSale}). Entry ids: `reversal:<commission id>:<decisionId>`.
 *
 * @throws DomainError `LEDGER_COMMISSION_UNKNOWN` (field `commissionId`), `TIME_INSTANT_INVALID`.
 */
export function reverseCommission(input: ReverseCommissionInput): LifecycleDecision {
  const at = assertInstant(input.at, 'at');
  const changed: Commission[] = [];
  const entries: LedgerEntry[] = [];
  for (const commission of chainFrom(input.commissions, input.commissionId)) {
    const result = reverseTo(
      commission,
      commission.amount.amountMinor,
      at,
      `reversal:${commission.id}:${input.decisionId}`,
      null,
      input.reason,
      input.adminId ?? null,
    );
    if (result.entry) {
      changed.push(result.commission);
      entries.push(result.entry);
    }
  }
  return { commissions: changed, entries };
}

/** Input of {@link reviewCommission}. */
export interface ReviewCommissionInput {
  readonly commissions: readonly Commission[];
  readonly commissionId: string;
  readonly decision: 'APPROVE' | 'REJECT';
  readonly at: Date;
  readonly decisionId: string;
  readonly adminId: string;
}

/**
 * An admin's review of a FLAGGED commission, applied to it and to the flagged parent levels of its chain
 * (a self-referral taints the whole chain). APPROVE: they become ordinary commissions (PENDING/PAYABLE by
 * their hold; no entry, the original entries now count as payable). REJECT: they are reversed as in
 * {@link reverseCommission} with reason `REJECTED`.
 *
 * @throws DomainError `LEDGER_COMMISSION_UNKNOWN`, `LEDGER_COMMISSION_NOT_FLAGGED` (field `commissionId`)
 * when the commission is not waiting for review.
 */
export function reviewCommission(input: ReviewCommissionInput): LifecycleDecision {
  const chain = chainFrom(input.commissions, input.commissionId).filter(
    (c) => c.review === 'FLAGGED' && !c.voidedAt,
  );
  if (!chain.some((c) => c.id === input.commissionId)) {
    throw new DomainError(
      LedgerErrorCode.CommissionNotFlagged,
      'Only a commission waiting for review can be approved or rejected.',
      'commissionId',
    );
  }
  if (input.decision === 'APPROVE') {
    return { commissions: chain.map((c) => ({ ...c, review: 'APPROVED' })), entries: [] };
  }
  const reversed = reverseCommission({
    commissions: chain,
    commissionId: input.commissionId,
    at: input.at,
    decisionId: input.decisionId,
    reason: 'REJECTED',
    adminId: input.adminId,
  });
  const byId = new Map(reversed.commissions.map((c) => [c.id, c]));
  return {
    commissions: chain.map((c) => ({ ...(byId.get(c.id) ?? c), review: 'REJECTED' })),
    entries: reversed.entries,
  };
}
