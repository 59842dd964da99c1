import { type LedgerEntry } from '@partnerkit/domain';
import { unique } from './test-app.js';

/** What a test chooses of a ledger entry it writes directly (see {@link plainEntry}). */
export interface PlainEntryFields {
  partnerId: string;
  kind: LedgerEntry['kind'];
  amountMinor: bigint;
  currency: string;
  effectiveAt: Date;
  /** Default: `effectiveAt`. */
  availableAt?: Date;
  /** Why an adjustment was made (other kinds have none). */
  reason?: string;
}

/** A ledger entry of no commission, refund or payout, for tests that write entries directly. */
export function plainEntry(fields: PlainEntryFields): LedgerEntry {
  return {
    id: `entry-${unique()}-${unique()}`,
    partnerId: fields.partnerId,
    kind: fields.kind,
    amount: { amountMinor: fields.amountMinor, currency: fields.currency },
    effectiveAt: fields.effectiveAt,
    availableAt: fields.availableAt ?? fields.effectiveAt,
    commissionId: null,
    refundId: null,
    payoutBatchId: null,
    method: null,
    reference: null,
    reason: fields.kind === 'ADJUSTMENT' ? (fields.reason ?? 'test') : null,
    adminId: null,
  };
}

/** A ledger entry as the property tests draw it: its partner by index, its time as ms after a base. */
export interface DrawnEntry {
  partner: number;
  kind: LedgerEntry['kind'];
  amount: bigint;
  currency: string;
  at: number;
}

/** The {@link plainEntry} of a drawn entry, for one of `partners`, `drawn.at` ms after `base`. */
export function drawnEntry(
  drawn: DrawnEntry,
  partners: readonly { id: string }[],
  base: number,
): LedgerEntry {
  return plainEntry({
    partnerId: partners[drawn.partner]!.id,
    kind: drawn.kind,
    amountMinor: drawn.amount,
    currency: drawn.currency,
    effectiveAt: new Date(base + drawn.at),
    reason: 'property',
  });
}
