import { DomainError } from '../errors/domain-error.js';
import { assertCurrency } from '../money/currency.js';
import { assertMinorUnits } from '../money/money.js';
import type { Money } from '../money/money.types.js';
import { assertInstant } from '../time/zoned-day.js';
import { LedgerErrorCode } from './ledger.errors.js';
import type { LedgerEntry } from './ledger.types.js';

/** Input of {@link createAdjustment}. */
export interface AdjustmentInput {
  readonly id: string;
  readonly partnerId: string;
  /** Signed, non-zero. */
  readonly amount: Money;
  readonly reason: string;
  readonly adminId: string;
  readonly at: Date;
  /** When it becomes payable; defaults to `at` (an adjustment is not held). */
  readonly availableAt?: Date | null;
}

function required(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DomainError(LedgerErrorCode.EntryInvalid, `${field} is required.`, field);
  }
  return value;
}

/**
 * An `ADJUSTMENT` entry by an admin: signed, non-zero, with a reason and the admin's id; effective at
 * `at`, payable from `availableAt` (default `at`). The way to correct a mistake without editing history.
 *
 * @throws DomainError `LEDGER_ENTRY_INVALID` (fields `id`, `partnerId`, `reason`, `adminId`, or `amount`
 * when zero), `MONEY_AMOUNT_INVALID`, `MONEY_CURRENCY_UNKNOWN`, `TIME_INSTANT_INVALID`.
 */
export function createAdjustment(input: AdjustmentInput): LedgerEntry {
  const amountMinor = assertMinorUnits(input.amount?.amountMinor, 'amount.amountMinor', true);
  if (amountMinor === 0n) {
    throw new DomainError(LedgerErrorCode.EntryInvalid, 'An adjustment is not zero.', 'amount');
  }
  const at = assertInstant(input.at, 'at');
  return {
    id: required(input.id, 'id'),
    partnerId: required(input.partnerId, 'partnerId'),
    kind: 'ADJUSTMENT',
    amount: { amountMinor, currency: assertCurrency(input.amount.currency, 'amount.currency') },
    effectiveAt: at,
    availableAt: input.availableAt ? assertInstant(input.availableAt, 'availableAt') : at,
    commissionId: null,
    refundId: null,
    payoutBatchId: null,
    method: null,
    reference: null,
    reason: required(input.reason, 'reason'),
    adminId: required(input.adminId, 'adminId'),
  };
}
