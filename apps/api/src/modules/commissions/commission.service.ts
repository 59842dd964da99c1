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
  type Commission as DomainCommission,
  type Program as DomainProgram,
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
  commissionRow,
  ledgerEntryRow,
  newCommission,
  newLedgerEntry,
  toDomainCommission,
} from './commission.mapper.js';
import { plainRows } from '../../database/plain-statements.js';

interface EngineInputs {
  programs: DomainProgram[];
  partners: ChainPartner[];
  chains: PartnerChains;
}

interface ChainRow {
  id: string;
  parent_id: string | null;
  status: ChainPartner['status'];
  earned: boolean;
  program_ids: string[];
}

/** A partner of a commission chain as the engine sees it, its programs, and whether it has earned before. */
export interface PartnerChain {
  partner: ChainPartner;
  programIds: string[];
  earned: boolean;
}

/** Partners by id, with their parents (see `CommissionService.chainsOf`). */
export type PartnerChains = Map<string, PartnerChain>;

/** What the first-commission email needs of a new commission. */
interface Earned {
  partnerId: string;
  amountMinor: bigint;
  currency: string;
  createdAt: Date;
}

/** A new sale's commissions and ledger entries, decided, as rows to insert (see `CommissionService.planSale`). */
export interface SalePlan {
  commissions: DomainCommission[];
  commissionRows: Record<string, unknown>[];
  entryRows: Record<string, unknown>[];
  chains: PartnerChains;
}

/** What a caller already knows about a sale (see `CommissionService.creditSale`). */
export interface KnownSaleFacts {
  chains?: PartnerChains;
  programs?: readonly DomainProgram[];
  /** The sale's own payments (not renewals), oldest first. */
  payments?: readonly SalePayment[];
  /** The sale was created in this transaction: none of its commissions is stored yet. */
  fresh?: boolean;
}

/**
 * Turns attributed sales, leads and refunds into commissions and ledger entries. Every amount and state
 * comes from @partnerkit/domain; this service loads its inputs and stores its decisions, inside the
 * caller's transaction. Storing is idempotent: commissions and entries have deterministic ids.
 */
export class CommissionService {
  /** @param mailer queues the partner's "first commission" email in the same transaction. */
  constructor(private readonly mailer?: Mailer) {}

  /**
   * Stores the commissions of a sale that are not stored yet (all of them, or those of new payments).
   * `known` lets a caller hand over what it read before its transaction: the chains of the partners the sale
   * may credit ({@link chainsOf}), programs, the sale's payments, and `fresh` for a sale created in this
   * transaction (none of its commissions can exist yet).
   */
  async creditSale(tx: EntityManager, order: SaleOrder, known: KnownSaleFacts = {}): Promise<Commission[]> {
    const sale = await this.saleInput(tx, order, undefined, known);
    if (!sale) return [];
    return this.storeLines(tx, calculateCommissions(sale.input), sale.programs, sale.chains, known.fresh);
  }

  /**
   * The commissions and ledger entries of a sale created in this transaction, decided but not stored: the
   * caller writes them with its own rows in one statement (`OrderService`), then calls
   * {@link announcePlanned}. Rows are keyed by column, minor units as strings.
   */
  async planSale(tx: EntityManager, order: SaleOrder, known: KnownSaleFacts = {}): Promise<SalePlan> {
    const sale = await this.saleInput(tx, order, undefined, { ...known, fresh: true });
    if (!sale) return { commissions: [], commissionRows: [], entryRows: [], chains: new Map() };
    const lines = calculateCommissions(sale.input);
    const decision = createCommissions(lines, sale.programs);
    const byKey = new Map(lines.map((line) => [line.key, line]));
    return {
      commissions: decision.commissions,
      commissionRows: decision.commissions.map((c) => commissionRow(c, byKey.get(c.id)!)),
      entryRows: decision.entries.map((entry) => ledgerEntryRow(entry)),
      chains: sale.chains,
    };
  }

  /** After the rows of {@link planSale} are written: the "first commission" emails. */
  async announcePlanned(tx: EntityManager, plan: SalePlan): Promise<void> {
    await this.announceFirstCommissions(
      tx,
      plan.commissions.map((c) => ({
        partnerId: c.partnerId,
        amountMinor: c.amount.amountMinor,
        currency: c.amount.currency,
        createdAt: c.createdAt,
      })),
      plan.chains,
    );
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
    known: KnownSaleFacts = {},
  ): Promise<{ input: CalculateCommissionsInput; programs: DomainProgram[]; chains: PartnerChains } | null> {
    if (order.credits.length === 0) return null;
    const creditedIds = order.credits.map((credit) => credit.partnerId);
    const key = [...creditedIds].sort().join(',');
    const inputs = cache?.get(key) ?? (await this.engineInputs(em, creditedIds, known));
    cache?.set(key, inputs);
    if (inputs.programs.length === 0) return null;
    return {
      programs: inputs.programs,
      chains: inputs.chains,
      input: {
        order: await this.domainOrder(em, order, known.payments),
        programs: inputs.programs,
        credits: order.credits,
        partners: inputs.partners,
      },
    };
  }

  /**
   * The partners `partnerIds` and their parents up to the most levels any program pays, with their
   * programs and whether they have earned before, in one statement. Partners are not protected by an
   * order's lock, so a caller may read them before its transaction opens.
   */
  async chainsOf(em: EntityManager, partnerIds: readonly string[]): Promise<PartnerChains> {
    const chains: PartnerChains = new Map();
    if (partnerIds.length === 0) return chains;
    const rows = await plainRows<ChainRow>(
      em,
      `with recursive chain(id, parent_id, status, first_commission_at, depth) as (
           select id, parent_id, status, first_commission_at, 1 from partners where id = any(?::uuid[])
           union
           select p.id, p.parent_id, p.status, p.first_commission_at, c.depth + 1
           from partners p join chain c on p.id = c.parent_id
           where c.depth < ?
         )
         select c.id, c.parent_id, c.status, c.first_commission_at is not null as earned,
           coalesce((select array_agg(pp.program_id) from partner_programs pp where pp.partner_id = c.id),
             '{}') as program_ids
         from (select distinct id, parent_id, status, first_commission_at from chain) c`,
      [`{${[...new Set(partnerIds)].join(',')}}`, MAX_PROGRAM_LEVELS],
    );
    for (const row of rows) {
      chains.set(row.id, {
        partner: { id: row.id, parentId: row.parent_id, status: row.status },
        programIds: row.program_ids,
        earned: row.earned,
      });
    }
    return chains;
  }

  /** Stores the lead payouts of a lead (once). */
  async creditLead(tx: EntityManager, lead: Lead): Promise<Commission[]> {
    if (lead.credits.length === 0) return [];
    const { programs, partners, chains } = await this.engineInputs(
      tx,
      lead.credits.map((credit) => credit.partnerId),
    );
    if (programs.length === 0) return [];
    const lines = calculateLeadCommissions({
      lead: { id: lead.id, at: lead.occurredAt, productId: lead.productId },
      programs,
      credits: lead.credits,
      partners,
    });
    return this.storeLines(tx, lines, programs, chains);
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

  private async storeLines(
    tx: EntityManager,
    lines: CommissionLine[],
    programs: DomainProgram[],
    chains: PartnerChains,
    fresh = false,
  ) {
    if (lines.length === 0) return [];
    const stored = fresh
      ? new Set<string>()
      : new Set(
          (await tx.find(Commission, { id: { $in: lines.map((line) => line.key) } }, { fields: ['id'] })).map(
            (c) => c.id,
          ),
        );
    const unstored = lines.filter((line) => !stored.has(line.key));
    const decision = createCommissions(unstored, programs);
    const byKey = new Map(unstored.map((line) => [line.key, line]));
    const created = decision.commissions.map((commission) =>
      newCommission(tx, commission, byKey.get(commission.id)!),
    );
    for (const entry of decision.entries) newLedgerEntry(tx, entry);
    await tx.flush();
    await this.announceFirstCommissions(
      tx,
      created.map((c) => ({
        partnerId: c.partner.id,
        amountMinor: c.amountMinor,
        currency: c.currency,
        createdAt: c.createdAt,
      })),
      chains,
    );
    return created;
  }

  /**
   * Queues the "first commission" email for every partner whose first commissions these are. A partner's
   * `first_commission_at` is set by the first one (a counter, not a count of all its commissions); only the
   * partners not marked when their chain was read are looked at, and the update's condition decides the
   * race between two first sales.
   */
  private async announceFirstCommissions(tx: EntityManager, created: Earned[], chains: PartnerChains) {
    const byPartner = new Map<string, Earned[]>();
    for (const commission of created) {
      if (chains.get(commission.partnerId)?.earned) continue;
      byPartner.set(commission.partnerId, [...(byPartner.get(commission.partnerId) ?? []), commission]);
    }
    if (byPartner.size === 0) return;
    const firsts: Array<{ id: string }> = await tx
      .getConnection()
      .execute(
        'update partners set first_commission_at = ? where id = any(?::uuid[]) and first_commission_at is null returning id',
        [created[0]!.createdAt, `{${[...byPartner.keys()].join(',')}}`],
        'all',
        tx.getTransactionContext(),
      );
    for (const { id } of firsts) {
      const chain = chains.get(id);
      if (chain) chain.earned = true;
    }
    if (!this.mailer || firsts.length === 0) return;
    for (const partner of await tx.find(Partner, { id: { $in: firsts.map((row) => row.id) } })) {
      const first = byPartner.get(partner.id)![0]!;
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
  private async engineInputs(
    tx: EntityManager,
    creditedIds: string[],
    known: KnownSaleFacts = {},
  ): Promise<EngineInputs> {
    const chains =
      known.chains && creditedIds.every((id) => known.chains!.has(id))
        ? known.chains
        : await this.chainsOf(tx, creditedIds);
    const programIds = [...new Set(creditedIds.flatMap((id) => chains.get(id)?.programIds ?? []))];
    const byId = new Map((known.programs ?? []).map((program) => [program.id, program]));
    const missing = programIds.filter((id) => !byId.has(id));
    if (missing.length)
      for (const program of await tx.find(Program, { id: { $in: missing } }))
        byId.set(program.id, toDomainProgram(program));
    const programs = programIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    return { programs, partners: [...chains.values()].map((chain) => chain.partner), chains };
  }

  /** The sale as the engine sees it: items, discounts, tax, shipping, payments, subscription position. */
  private async domainOrder(
    tx: EntityManager,
    order: SaleOrder,
    known?: readonly SalePayment[],
  ): Promise<DomainOrder> {
    const payments =
      known ??
      (await tx.find(SalePayment, { order, renewalOrder: null }, { orderBy: { paidAt: 'asc', id: 'asc' } }));
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
