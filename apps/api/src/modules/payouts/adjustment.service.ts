import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { assertCurrency, createAdjustment, DomainError, toMinorUnits } from '@partnerkit/domain';
import { parseId } from '../../common/ids.js';
import { lockForTransaction, lockName } from '../../database/advisory-locks.js';
import { databaseNow } from '../../database/database-clock.js';
import { fail } from '../../errors/app-error.js';
import { type EventBus } from '../../events/event-bus.js';
import { type LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { type LedgerWriter } from '../commissions/ledger-writer.service.js';

export interface AdjustmentRequest {
  partnerId: string;
  /** Signed minor units, not zero. */
  amountMinor: string;
  currency: string;
  reason: string;
}

/**
 * An admin's manual adjustment: a signed `ADJUSTMENT` entry with a required reason and the admin's id
 * (the domain's `createAdjustment`), payable at once, shown to the partner as an adjustment with its
 * reason. Taken under the partner's payout lock, so a payout in flight never pays around it.
 */
export class AdjustmentService {
  constructor(
    private readonly ledger: LedgerWriter,
    private readonly events: EventBus,
  ) {}

  async add(em: EntityManager, adminId: string, input: AdjustmentRequest): Promise<LedgerEntry> {
    const partnerId = parseId(input.partnerId, 'partnerId');
    const currency = assertCurrency(input.currency.trim().toUpperCase(), 'currency');
    const amountMinor = toMinorUnits(input.amountMinor, 'amountMinor');
    const reason = input.reason?.trim() ?? '';
    if (reason.length > 2000) fail('TOO_LONG', 'reason has at most 2000 characters.', 'reason');
    const entry = await em.transactional(async (tx) => {
      const partner = await tx.findOne(Partner, { id: partnerId });
      if (!partner) fail('PARTNER_NOT_FOUND', 'Partner not found.', 'partnerId');
      await lockForTransaction(tx, [lockName.partnerPayout(partnerId, currency)]);
      const at = await databaseNow(tx);
      let decided;
      try {
        decided = createAdjustment({
          id: `adjustment:${randomUUID()}`,
          partnerId,
          amount: { amountMinor, currency },
          reason,
          adminId,
          at,
        });
      } catch (error) {
        if (error instanceof DomainError && error.field === 'amount') {
          throw new DomainError(error.code, error.message, 'amountMinor');
        }
        throw error;
      }
      return (await this.ledger.store(tx, [], [], [decided])).entries[0]!;
    });
    this.events.publish('LEDGER_ENTRY_RECORDED', {
      partnerId: entry.partner.id,
      entryId: entry.id,
      kind: entry.kind,
    });
    return entry;
  }
}
