import { type EntityManager } from '@mikro-orm/postgresql';
import {
  calculateCommissions,
  calculateLeadCommissions,
  commissionStatus,
  createCommissions,
  formatMoney,
  moneyOf,
  refundSale,
  type CalculateCommissionsInput,
  type ChainPartner,
  type CommissionLine,
  type CommissionStatus,
  type LifecycleDecision,
  type Order as DomainOrder,
} from '@partnerkit/domain';
import { type Mailer } from '../emails/mailer.service.js';
import { type Lead } from '../../kernel/lead.entity.js';
import { type SaleOrder, SalePayment, type SaleRefund } from '../../kernel/order.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { toDomainProgram } from '../../kernel/program.mapper.js';
import { MAX_PROGRAM_LEVELS } from '@partnerkit/domain';
import { Commission } from '../../kernel/commission.entity.js';
import {
  applyCommissionChange,
  newCommission,
  newLedgerEntry,
  toDomainCommission,
} from './commission.mapper.js';

interface EngineInputs {
  programs: Program[];
  partners: ChainPartner[];
}

/**
 * Turns attributed sales, leads and refunds into commissions and ledger entries. Every amount and state
 * comes from @partnerkit/domain; this service loads its inputs and stores its decisions, inside the
 * caller's transaction. Storing is idempotent: commissions and entries have deterministic ids.
 */
export class CommissionService {
  /** @param mailer queues the partner's "first commission" email in the same transaction. */
  constructor(private readonly mailer?: Mailer) {}

  /** Stores the commissions of a sale that are not stored yet (all of them, or those of new payments). */
  async creditSale(tx: EntityManager, order: SaleOrder): Promise<Commission[]> {
    const sale = await this.saleInput(tx, order);
    if (!sale) return [];
    return this.storeLines(tx, calculateCommissions(sale.input), sale.programs);
  }

  /**
   * What the commission engine gets for a sale: the order, the credited partners' programs and chains.
   * Null when nobody is credited or the credited partners have no program. `cache` shares programs and
   * chains between sales of the same partners (previews over many sales).
   */
  async saleInput(
    em: EntityManager,
    order: SaleOrder,
    cache?: Map<string, EngineInputs>,
  ): Promise<{ input: CalculateCommissionsInput; programs: Program[] } | null> {
    if (order.credits.length === 0) return null;
    const creditedIds = order.credits.map((credit) => credit.partnerId);
    const key = [...creditedIds].sort().join(',');
    const inputs = cache?.get(key) ?? (await this.engineInputs(em, creditedIds));
    cache?.set(key, inputs);
    if (inputs.programs.length === 0) return null;
    return {
      programs: inputs.programs,
      input: {
        order: await this.domainOrder(em, order),
        programs: inputs.programs.map(toDomainProgram),
        credits: order.credits,
        partners: inputs.partners,
      },
    };
  }

  /** Stores the lead payouts of a lead (once). */
  async creditLead(tx: EntityManager, lead: Lead): Promise<Commission[]> {
    if (lead.credits.length === 0) return [];
    const { programs, partners } = await this.engineInputs(
      tx,
      lead.credits.map((credit) => credit.partnerId),
    );
    if (programs.length === 0) return [];
    const lines = calculateLeadCommissions({
      lead: { id: lead.id, at: lead.occurredAt, productId: lead.productId },
      programs: programs.map(toDomainProgram),
      credits: lead.credits,
      partners,
    });
    return this.storeLines(tx, lines, programs);
  }

  /** Applies a refund to every commission of the sale (voids before payout, clawbacks after). */
  async refund(tx: EntityManager, order: SaleOrder, refund: SaleRefund): Promise<Commission[]> {
    const commissions = await tx.find(
      Commission,
      { sourceId: order.id },
      { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true },
    );
    const decision = refundSale(
      commissions.map(toDomainCommission),
      { id: refund.id, amountMinor: refund.amountMinor, at: refund.refundedAt },
      order,
    );
    order.refundedMinor = decision.sale.refundedMinor;
    return this.applyDecision(tx, decision, commissions);
  }

  /** Commission status now (PENDING, PAYABLE, PAID, FLAGGED, VOIDED). */
  status(commission: Commission, now = new Date()): CommissionStatus {
    return commissionStatus(toDomainCommission(commission), now);
  }

  private async storeLines(tx: EntityManager, lines: CommissionLine[], programs: Program[]) {
    if (lines.length === 0) return [];
    const stored = new Set(
      (await tx.find(Commission, { id: { $in: lines.map((line) => line.key) } }, { fields: ['id'] })).map(
        (c) => c.id,
      ),
    );
    const fresh = lines.filter((line) => !stored.has(line.key));
    const decision = createCommissions(fresh, programs.map(toDomainProgram));
    const byKey = new Map(fresh.map((line) => [line.key, line]));
    const created = decision.commissions.map((commission) =>
      newCommission(tx, commission, byKey.get(commission.id)!),
    );
    for (const entry of decision.entries) newLedgerEntry(tx, entry);
    await tx.flush();
    await this.announceFirstCommissions(tx, created);
    return created;
  }

  /** Queues the "first commission" email for every partner whose first commissions these are. */
  private async announceFirstCommissions(tx: EntityManager, created: Commission[]) {
    if (!this.mailer) return;
    const byPartner = new Map<string, Commission[]>();
    for (const commission of created) {
      byPartner.set(commission.partner.id, [...(byPartner.get(commission.partner.id) ?? []), commission]);
    }
    for (const [partnerId, theirs] of byPartner) {
      if ((await tx.count(Commission, { partner: partnerId })) !== theirs.length) continue;
      const partner = await tx.findOneOrFail(Partner, { id: partnerId });
      const first = theirs[0]!;
      await this.mailer.queuePartnerEmail(tx, 'FIRST_COMMISSION', partner, {
        amount: formatMoney(moneyOf(first.amountMinor, first.currency)),
      });
    }
  }

  private async applyDecision(tx: EntityManager, decision: LifecycleDecision, current: Commission[]) {
    const byId = new Map(current.map((commission) => [commission.id, commission]));
    const changed = decision.commissions.map((decided) => {
      const target = byId.get(decided.id)!;
      applyCommissionChange(target, decided);
      return target;
    });
    for (const entry of decision.entries) newLedgerEntry(tx, entry);
    await tx.flush();
    return changed;
  }

  /** The credited partners' programs and their chains up to the most levels any program pays. */
  private async engineInputs(tx: EntityManager, creditedIds: string[]): Promise<EngineInputs> {
    const programs = await tx.find(Program, { id: { $in: await this.programIdsOf(tx, creditedIds) } });
    const rows: Array<{ id: string; parent_id: string | null; status: ChainPartner['status'] }> = await tx
      .getConnection()
      .execute(
        `with recursive chain(id, parent_id, status, depth) as (
           select id, parent_id, status, 1 from partners where id = any(?::uuid[])
           union
           select p.id, p.parent_id, p.status, c.depth + 1 from partners p join chain c on p.id = c.parent_id
           where c.depth < ?
         ) select distinct id, parent_id, status from chain`,
        [`{${creditedIds.join(',')}}`, MAX_PROGRAM_LEVELS],
        'all',
        tx.getTransactionContext(),
      );
    const partners: ChainPartner[] = rows.map((row) => ({
      id: row.id,
      parentId: row.parent_id,
      status: row.status,
    }));
    return { programs, partners };
  }

  private async programIdsOf(tx: EntityManager, partnerIds: string[]): Promise<string[]> {
    const partners = await tx.find(Partner, { id: { $in: partnerIds } }, { populate: ['programs'] });
    return [
      ...new Set(partners.flatMap((partner) => partner.programs.getItems().map((program) => program.id))),
    ];
  }

  /** The sale as the engine sees it: items, discounts, tax, shipping, payments, subscription position. */
  private async domainOrder(tx: EntityManager, order: SaleOrder): Promise<DomainOrder> {
    const payments = await tx.find(
      SalePayment,
      { order, renewalOrder: null },
      { orderBy: { paidAt: 'asc', id: 'asc' } },
    );
    const subscription = order.renewalOf
      ? {
          subscriptionId: order.renewalOf.id,
          paymentNumber: order.paymentNumber ?? 2,
          startedAt: order.renewalOf.orderedAt,
        }
      : order.items.some((item) => item.subscription)
        ? { subscriptionId: order.id, paymentNumber: 1, startedAt: order.orderedAt }
        : null;
    return {
      id: order.id,
      currency: order.currency,
      orderedAt: order.orderedAt,
      items: order.items.map((item) => ({
        productId: item.productId,
        unitPriceMinor: BigInt(item.unitPriceMinor),
        quantity: item.quantity,
        discountMinor: BigInt(item.discountMinor),
      })),
      orderDiscountMinor: order.orderDiscountMinor,
      taxMinor: order.taxMinor,
      shippingMinor: order.shippingMinor,
      payments: payments.map((payment) => ({
        id: payment.id,
        amountMinor: payment.amountMinor,
        at: payment.paidAt,
      })),
      subscription,
    };
  }
}
