import { LockMode } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import {
  type Commission as DomainCommission,
  type LedgerEntry as DomainLedgerEntry,
} from '@partnerkit/domain';
import { Commission } from '../../kernel/commission.entity.js';
import { type LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import {
  applyCommissionChange,
  newLedgerEntry,
  toDomainCommission,
  toDomainLedgerEntry,
} from './commission.mapper.js';

/**
 * Stores lifecycle decisions of the domain (reviews, payouts, voids, adjustments) inside the caller's
 * transaction: changed commissions are copied onto their rows, new entries appended (the database refuses
 * any change of an entry, and a duplicate id). The one way other modules write commissions and entries.
 */
export class LedgerWriter {
  /** The domain view of stored commissions. */
  toDomain(commissions: readonly Commission[]): DomainCommission[] {
    return commissions.map(toDomainCommission);
  }

  toDomainEntry(entry: LedgerEntry): DomainLedgerEntry {
    return toDomainLedgerEntry(entry);
  }

  /** Applies `decided` onto the rows of `current` and appends `entries`; flushes. */
  async store(
    tx: EntityManager,
    decided: readonly DomainCommission[],
    current: readonly Commission[],
    entries: readonly DomainLedgerEntry[],
  ): Promise<{ commissions: Commission[]; entries: LedgerEntry[] }> {
    const byId = new Map(current.map((commission) => [commission.id, commission]));
    const changed = decided.map((commission) => {
      const target = byId.get(commission.id);
      if (!target) throw new Error(`commission ${commission.id} was not loaded`);
      applyCommissionChange(target, commission);
      return target;
    });
    const stored = entries.map((entry) => newLedgerEntry(tx, entry));
    await tx.flush();
    return { commissions: changed, entries: stored };
  }

  /**
   * The payable-by-date (unpaid, unvoided, not flagged, hold elapsed) commissions of partners in one
   * currency, fresh from the database and locked (`for update`): a refund of one of them in flight is
   * waited for, so the balance read next includes its reversal.
   */
  unpaidCommissions(tx: EntityManager, partnerIds: readonly string[], currency: string, now: Date) {
    return tx.find(
      Commission,
      {
        partner: { $in: [...partnerIds] },
        currency,
        paidAt: null,
        voidedAt: null,
        review: { $ne: 'FLAGGED' },
        availableAt: { $lte: now },
      },
      { orderBy: { availableAt: 'asc', id: 'asc' }, refresh: true, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
  }
}
