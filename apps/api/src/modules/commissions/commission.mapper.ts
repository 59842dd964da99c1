import {
  moneyOf,
  type Commission as DomainCommission,
  type CommissionLine,
  type LedgerEntry as DomainLedgerEntry,
} from '@partnerkit/domain';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Partner } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { levelToStored } from '../../kernel/program.mapper.js';
import { Commission } from '../../kernel/commission.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';

export function toDomainCommission(commission: Commission): DomainCommission {
  return {
    id: commission.id,
    partnerId: commission.partner.id,
    chainKey: commission.chainKey,
    kind: commission.kind,
    sourceId: commission.sourceId,
    level: commission.level,
    programId: commission.program.id,
    timing: commission.timing,
    paymentId: commission.paymentId,
    amount: moneyOf(commission.amountMinor, commission.currency),
    createdAt: commission.createdAt,
    availableAt: commission.availableAt,
    review: commission.review,
    reversedMinor: commission.reversedMinor,
    voidedAt: commission.voidedAt,
    paidAt: commission.paidAt,
    payoutBatchId: commission.payoutBatchId,
  };
}

export function toDomainLedgerEntry(entry: LedgerEntry): DomainLedgerEntry {
  return {
    id: entry.id,
    partnerId: entry.partner.id,
    kind: entry.kind,
    amount: moneyOf(entry.amountMinor, entry.currency),
    effectiveAt: entry.effectiveAt,
    availableAt: entry.availableAt,
    commissionId: entry.commissionId,
    refundId: entry.refundId,
    payoutBatchId: entry.payoutBatchId,
    method: entry.method,
    reference: entry.reference,
    reason: entry.reason,
    adminId: entry.adminId,
  };
}

/** A new stored commission from the domain's decision, with the rule of the line that produced it. */
export function newCommission(
  em: EntityManager,
  decided: DomainCommission,
  line: CommissionLine,
): Commission {
  return em.create(Commission, {
    id: decided.id,
    partner: em.getReference(Partner, decided.partnerId),
    chainKey: decided.chainKey,
    kind: decided.kind,
    sourceId: decided.sourceId,
    level: decided.level,
    creditedPartnerId: line.creditedPartnerId,
    rolledDown: line.rolledDown,
    program: em.getReference(Program, decided.programId),
    timing: decided.timing,
    paymentId: decided.paymentId,
    amountMinor: decided.amount.amountMinor,
    currency: decided.amount.currency,
    rule: { ...line.rule, levelRule: levelToStored(line.rule.levelRule) },
    createdAt: decided.createdAt,
    availableAt: decided.availableAt,
    review: decided.review,
    reversedMinor: decided.reversedMinor,
    voidedAt: decided.voidedAt,
    paidAt: decided.paidAt,
    payoutBatchId: decided.payoutBatchId,
  });
}

/** Copies what a lifecycle decision may change onto the stored commission. */
export function applyCommissionChange(target: Commission, decided: DomainCommission): void {
  target.review = decided.review;
  target.reversedMinor = decided.reversedMinor;
  target.voidedAt = decided.voidedAt;
  target.paidAt = decided.paidAt;
  target.payoutBatchId = decided.payoutBatchId;
}

export function newLedgerEntry(em: EntityManager, entry: DomainLedgerEntry): LedgerEntry {
  return em.create(LedgerEntry, {
    id: entry.id,
    partner: em.getReference(Partner, entry.partnerId),
    kind: entry.kind,
    amountMinor: entry.amount.amountMinor,
    currency: entry.amount.currency,
    effectiveAt: entry.effectiveAt,
    availableAt: entry.availableAt,
    commissionId: entry.commissionId,
    refundId: entry.refundId,
    payoutBatchId: entry.payoutBatchId,
    method: entry.method,
    reference: entry.reference,
    reason: entry.reason,
    adminId: entry.adminId,
  });
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * The row of a new commission by column (for `json_populate_recordset`: every column, minor units as
 * strings), written by a caller that inserts a sale in one statement.
 */
export function commissionRow(decided: DomainCommission, line: CommissionLine): Record<string, unknown> {
  return {
    id: decided.id,
    partner_id: decided.partnerId,
    chain_key: decided.chainKey,
    kind: decided.kind,
    source_id: decided.sourceId,
    level: decided.level,
    credited_partner_id: line.creditedPartnerId,
    rolled_down: line.rolledDown,
    program_id: decided.programId,
    timing: decided.timing,
    payment_id: decided.paymentId,
    amount_minor: decided.amount.amountMinor.toString(),
    currency: decided.amount.currency,
    rule: { ...line.rule, levelRule: levelToStored(line.rule.levelRule) },
    created_at: iso(decided.createdAt),
    available_at: iso(decided.availableAt),
    review: decided.review,
    reversed_minor: decided.reversedMinor.toString(),
    voided_at: iso(decided.voidedAt),
    paid_at: iso(decided.paidAt),
    payout_batch_id: decided.payoutBatchId,
  };
}

/** The row of a new ledger entry by column (see {@link commissionRow}). */
export function ledgerEntryRow(entry: DomainLedgerEntry, recordedAt = new Date()): Record<string, unknown> {
  return {
    id: entry.id,
    partner_id: entry.partnerId,
    kind: entry.kind,
    amount_minor: entry.amount.amountMinor.toString(),
    currency: entry.amount.currency,
    effective_at: iso(entry.effectiveAt),
    available_at: iso(entry.availableAt),
    commission_id: entry.commissionId,
    refund_id: entry.refundId,
    payout_batch_id: entry.payoutBatchId,
    method: entry.method,
    reference: entry.reference,
    reason: entry.reason,
    admin_id: entry.adminId,
    recorded_at: recordedAt.toISOString(),
  };
}
