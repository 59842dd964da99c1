import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { reviewCommission, type Commission as DomainCommission } from '@partnerkit/domain';
import { lockForTransaction, lockName } from '../../database/advisory-locks.js';
import { databaseNow } from '../../database/database-clock.js';
import { fail } from '../../errors/app-error.js';
import { type EventBus, type PublishedEvent } from '../../events/event-bus.js';
import { Commission } from '../../kernel/commission.entity.js';
import { Lead } from '../../kernel/lead.entity.js';
import { SaleOrder } from '../../kernel/order.entity.js';
import { paginate } from '../../graphql/paginate.js';
import { type LedgerWriter } from './ledger-writer.service.js';

/** At most this many commissions are reviewed in one call. */
export const MAX_REVIEW_COMMISSIONS = 200;

export type ReviewDecision = 'APPROVE' | 'REJECT';

/**
 * The review of FLAGGED commissions (self-referrals): the queue, and approve/reject in bulk. The decision
 * is the domain's `reviewCommission` (the whole flagged chain of the sale; rejecting writes reversing
 * entries); this service takes the locks of the sales concerned, so a refund of the same sale is never
 * decided on a stale view, stores the decision with the admin's note, and publishes after commit.
 */
export class CommissionReviewService {
  constructor(
    private readonly ledger: LedgerWriter,
    private readonly events: EventBus,
  ) {}

  /** FLAGGED commissions waiting for review, oldest first. */
  queue(em: EntityManager, args: { first: number; after?: string | null }) {
    return paginate(em, Commission, { review: 'FLAGGED', voidedAt: null }, args, {
      createdAt: 'asc',
      id: 'asc',
    });
  }

  async review(
    em: EntityManager,
    adminId: string,
    rawIds: readonly string[],
    decision: ReviewDecision,
    rawNote: string | null | undefined,
  ): Promise<Commission[]> {
    if (rawIds.length === 0) fail('REQUIRED', 'Choose at least one commission.', 'ids');
    if (rawIds.length > MAX_REVIEW_COMMISSIONS) {
      fail('TOO_MANY', `Review at most ${MAX_REVIEW_COMMISSIONS} commissions at once.`, 'ids');
    }
    rawIds.forEach((id, index) => {
      if (id.trim() === '' || id.length > 300)
        fail('COMMISSION_NOT_FOUND', 'Commission not found.', `ids[${index}]`);
    });
    const ids = [...new Set(rawIds)];
    const note = rawNote?.trim() || null;
    if (note && note.length > 2000) fail('TOO_LONG', 'note has at most 2000 characters.', 'note');
    const published: PublishedEvent[] = [];
    const reviewed = await em.transactional(async (tx) => {
      const found = await tx.find(Commission, { id: { $in: ids } });
      const byId = new Map(found.map((commission) => [commission.id, commission]));
      ids.forEach((id, index) => {
        if (!byId.has(id)) fail('COMMISSION_NOT_FOUND', 'Commission not found.', `ids[${index}]`);
      });
      await lockForTransaction(tx, await this.saleLocks(tx, found));
      // Read again under the locks: the sales' commissions as they are now.
      const sources = [...new Set(found.map((c) => c.sourceId))];
      const all = await tx.find(
        Commission,
        { sourceId: { $in: sources } },
        { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true },
      );
      const rows = new Map(all.map((commission) => [commission.id, commission]));
      const state = new Map<string, DomainCommission>(
        this.ledger.toDomain(all).map((commission) => [commission.id, commission]),
      );
      const decidedNow = new Set<string>();
      const changed = new Map<string, DomainCommission>();
      const entries = [];
      const at = await databaseNow(tx);
      for (const [index, id] of ids.entries()) {
        // A parent level is decided with its child when both were selected.
        if (decidedNow.has(id)) continue;
        const current = state.get(id)!;
        if (current.review !== 'FLAGGED' || current.voidedAt) {
          fail(
            'LEDGER_COMMISSION_NOT_FLAGGED',
            `Commission ${id} is not waiting for review.`,
            `ids[${index}]`,
          );
        }
        const sameSale = [...state.values()].filter((c) => c.sourceId === current.sourceId);
        const result = reviewCommission({
          commissions: sameSale,
          commissionId: id,
          decision,
          at,
          decisionId: `review-${randomUUID()}`,
          adminId,
        });
        for (const commission of result.commissions) {
          state.set(commission.id, commission);
          changed.set(commission.id, commission);
          decidedNow.add(commission.id);
        }
        entries.push(...result.entries);
      }
      const stored = await this.ledger.store(tx, [...changed.values()], all, entries);
      for (const commission of stored.commissions) {
        commission.reviewNote = note;
        commission.reviewedAt = at;
        commission.reviewedByAdminId = adminId;
        published.push({
          topic: 'COMMISSION_CHANGED',
          payload: { commissionId: commission.id, partnerId: commission.partner.id },
        });
      }
      for (const entry of stored.entries) {
        published.push({
          topic: 'LEDGER_ENTRY_RECORDED',
          payload: { partnerId: entry.partner.id, entryId: entry.id, kind: entry.kind },
        });
      }
      await tx.flush();
      return ids.map((id) => rows.get(id)!);
    });
    this.events.publishAll(published);
    return reviewed;
  }

  /** The advisory locks of the sales and leads the commissions were earned on. */
  private async saleLocks(tx: EntityManager, commissions: readonly Commission[]): Promise<string[]> {
    const saleIds = [...new Set(commissions.filter((c) => c.kind === 'SALE').map((c) => c.sourceId))];
    const leadIds = [...new Set(commissions.filter((c) => c.kind === 'LEAD').map((c) => c.sourceId))];
    const orders = saleIds.length
      ? await tx.find(SaleOrder, { id: { $in: saleIds } }, { populate: ['renewalOf'] })
      : [];
    const leads = leadIds.length ? await tx.find(Lead, { id: { $in: leadIds } }) : [];
    return [
      ...orders.map((order) => lockName.order(order.source, (order.renewalOf ?? order).externalId)),
      ...leads.map((lead) => lockName.lead(lead.source, lead.externalId)),
    ];
  }
}
