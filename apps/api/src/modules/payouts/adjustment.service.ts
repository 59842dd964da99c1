import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { v5 as uuidv5 } from 'uuid';
import { assertCurrency, createAdjustment, toMinorUnits } from '@partnerkit/domain';
import { idempotencyKeyOf } from '../../common/idempotency-key.js';
import { parseId } from '../../common/ids.js';
import { withInputField } from '../../common/input-field.js';
import { lockForTransaction, lockName } from '../../database/advisory-locks.js';
import { databaseNow } from '../../database/database-clock.js';
import { fail } from '../../errors/app-error.js';
import { type EventBus } from '../../events/event-bus.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { type LedgerWriter } from '../commissions/ledger-writer.service.js';

export interface AdjustmentRequest {
  partnerId: string;
  /** Signed minor units, not zero. */
  amountMinor: string;
  currency: string;
  reason: string;
  /** Optional: the same key again returns the first adjustment and adds nothing. */
  idempotencyKey?: string | null;
}

/** The namespace of the adjustments' ids derived from idempotency keys (UUIDv5). */
const ADJUSTMENT_KEYS = '6f1d3c52-8a4e-4b7a-9c2e-5d0f7e3a1b94';

/** The ledger entry id of an adjustment: derived from its idempotency key, so a repeat finds the first. */
const adjustmentId = (key: string | null) =>
  `adjustment:${key === null ? randomUUID() : uuidv5(key, ADJUSTMENT_KEYS)}`;

/**
 * An admin's manual adjustment: a signed `ADJUSTMENT` entry with a required reason and the admin's id
 * (the domain's `createAdjustment`), payable at once, shown to the partner as an adjustment with its
 * reason. Taken under the partner's payout lock, so a payout in flight never pays around it.
 *
 * With an idempotency key, the entry's id is derived from the key and the key's lock is held too: the same
 * request again (at once or later, on any instance) returns the first entry and adds nothing; the key with
 * another partner, amount, currency or reason is refused (`IDEMPOTENCY_KEY_REUSED`).
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
    const key = input.idempotencyKey == null ? null : idempotencyKeyOf(input.idempotencyKey);
    const id = adjustmentId(key);
    const { entry, added } = await em.transactional(async (tx) => {
      const partner = await tx.findOne(Partner, { id: partnerId });
      if (!partner) fail('PARTNER_NOT_FOUND', 'Partner not found.', 'partnerId');
      await lockForTransaction(tx, [
        lockName.partnerPayout(partnerId, currency),
        ...(key === null ? [] : [lockName.adjustmentKey(key)]),
      ]);
      if (key !== null) {
        const earlier = await tx.findOne(LedgerEntry, { id }, { refresh: true });
        if (earlier) {
          const same =
            earlier.partner.id === partnerId &&
            earlier.currency === currency &&
            earlier.amountMinor === amountMinor &&
            earlier.reason === reason;
          if (!same) {
            fail(
              'IDEMPOTENCY_KEY_REUSED',
              'This idempotency key was used for another adjustment.',
              'idempotencyKey',
            );
          }
          return { entry: earlier, added: false };
        }
      }
      const at = await databaseNow(tx);
      const decided = withInputField(
        () => createAdjustment({ id, partnerId, amount: { amountMinor, currency }, reason, adminId, at }),
        'amount',
        'amountMinor',
      );
      return { entry: (await this.ledger.store(tx, [], [], [decided])).entries[0]!, added: true };
    });
    if (added)
      this.events.publish('LEDGER_ENTRY_RECORDED', {
        partnerId: entry.partner.id,
        entryId: entry.id,
        kind: entry.kind,
      });
    return entry;
  }
}
