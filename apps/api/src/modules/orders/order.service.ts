import { type EntityManager } from '@mikro-orm/postgresql';
import {
  applyInstalment,
  assertCurrency,
  assertMinorUnits,
  commissionBase,
  type Commission as DomainCommission,
  normalizeCouponCode,
  planRenewal,
  toMinorUnits,
} from '@partnerkit/domain';
import { AppError, fail } from '../../errors/app-error.js';
import { lockName } from '../../database/advisory-locks.js';
import { plainRows, preparedRows } from '../../database/plain-statements.js';
import { externalId } from '../../common/external-id.js';
import { parseId } from '../../common/ids.js';
import { withInputField } from '../../common/input-field.js';
import { unmanagedEntity } from '../../common/base.entity.js';
import { type EventBus, type PublishedEvent } from '../../events/event-bus.js';
import { type AttributionService, type PreparedReferral } from '../attribution/attribution.service.js';
import { Commission } from '../../kernel/commission.entity.js';
import { type CommissionService, type PartnerChains } from '../commissions/commission.service.js';
import { type Customer } from '../../kernel/customer.entity.js';
import { CustomerService, type CustomerKey } from '../customers/customer.service.js';
import { type InboundEvent } from '../inbound-events/inbound-event.entity.js';
import { eventRow, InboundEventService } from '../inbound-events/inbound-event.service.js';
import { Program } from '../../kernel/program.entity.js';
import { SaleOrder, SalePayment, SaleRefund, type StoredOrderItem } from '../../kernel/order.entity.js';
import {
  commissionCreated,
  commissionFacts,
  commissionVoided,
  orderRecorded,
  type WebhookEvent,
  type WebhookService,
} from '../webhooks/webhook.service.js';
import { type RecordOrderInput, type RecordPaymentInput, type RecordRefundInput } from './order.input.js';

const MAX_ITEMS = 500;

/** What an order keeps of each product it sells (read as plain rows: every order reads them). */
interface ProductRow {
  id: string;
  sku: string;
  name: string;
  subscription: boolean;
}

export interface RecordResult<T> {
  status: 'PROCESSED' | 'PENDING' | 'FAILED';
  duplicate: boolean;
  record: T | null;
  /**
   * A new order's commissions as written (level, then id), when this delivery wrote them: entities of the
   * caller's EntityManager, mapped when first asked for.
   */
  commissions?: () => Commission[];
}

/** What a transaction decided, published once it has committed. */
class Outbox {
  readonly events: PublishedEvent[] = [];
  /** Webhook events, queued in the transaction itself (`WebhookService.enqueue`). */
  readonly hooks: WebhookEvent[] = [];
  sale(order: SaleOrder) {
    this.hooks.push(orderRecorded(order));
    this.events.push({
      topic: 'SALE_RECORDED',
      payload: { orderId: order.id, partnerIds: order.credits.map((c) => c.partnerId) },
    });
  }
  created(commissions: Commission[]) {
    for (const c of commissions) this.hooks.push(commissionCreated(commissionFacts(c)));
    for (const c of commissions)
      this.events.push({
        topic: 'COMMISSION_CREATED',
        payload: { commissionId: c.id, partnerId: c.partner.id },
      });
  }
  createdPlanned(commissions: readonly DomainCommission[]) {
    for (const c of commissions) this.hooks.push(commissionCreated(c));
    for (const c of commissions)
      this.events.push({
        topic: 'COMMISSION_CREATED',
        payload: { commissionId: c.id, partnerId: c.partnerId },
      });
  }
  changed(commissions: Commission[]) {
    for (const c of commissions) if (c.voidedAt) this.hooks.push(commissionVoided(commissionFacts(c)));
    for (const c of commissions)
      this.events.push({
        topic: 'COMMISSION_CHANGED',
        payload: { commissionId: c.id, partnerId: c.partner.id },
      });
  }
}

/** A new order and its commissions' rows as written. */
interface CreatedOrder {
  order: SaleOrder;
  commissionRows: Record<string, unknown>[];
}

/** An order checked and read before its transaction (see `OrderService.draftOrder`). */
interface OrderDraft {
  source: string;
  externalId: string;
  currency: string;
  items: StoredOrderItem[];
  fees: { orderDiscountMinor: bigint; taxMinor: bigint; shippingMinor: bigint };
  totalMinor: bigint;
  orderedAt: Date;
  couponCode: string | null;
  paid: boolean;
  paymentId: string;
  customer: CustomerKey | null;
  referral: PreparedReferral;
  /** The partners it may credit: their chains are read with the customer (`OrderService.lockedReads`). */
  candidates: string[];
}

/**
 * A new order in one statement: its event, its customer (new, or updated by id), the order, its payment,
 * its commissions and their ledger entries. Each parameter is one JSON document of rows keyed by column.
 * Foreign keys are checked at the end of the statement, the ledger's balance trigger runs once.
 */
const WRITE_ORDER_SQL = `with
  e as (insert into inbound_events select * from json_populate_record(null::inbound_events, ?::json)),
  c as (
    insert into customers (id, created_at, updated_at, external_id, email, name, referred_by_id, assigned_partner_id)
    select id, created_at, updated_at, external_id, email, name, referred_by_id, assigned_partner_id
    from json_populate_recordset(null::customers, ?::json)
    on conflict (id) do update set updated_at = excluded.updated_at, external_id = excluded.external_id,
      email = excluded.email, name = excluded.name, referred_by_id = excluded.referred_by_id
  ),
  o as (insert into orders select * from json_populate_record(null::orders, ?::json)),
  p as (insert into payments select * from json_populate_recordset(null::payments, ?::json)),
  k as (insert into commissions select * from json_populate_recordset(null::commissions, ?::json))
insert into ledger_entries select * from json_populate_recordset(null::ledger_entries, ?::json)`;

const iso = (date: Date) => date.toISOString();

function orderRow(order: SaleOrder): Record<string, unknown> {
  return {
    id: order.id,
    created_at: iso(order.createdAt),
    updated_at: iso(order.updatedAt),
    source: order.source,
    external_id: order.externalId,
    customer_id: order.customer?.id ?? null,
    currency: order.currency,
    items: order.items,
    order_discount_minor: order.orderDiscountMinor.toString(),
    tax_minor: order.taxMinor.toString(),
    shipping_minor: order.shippingMinor.toString(),
    total_minor: order.totalMinor.toString(),
    paid_minor: order.paidMinor.toString(),
    refunded_minor: order.refundedMinor.toString(),
    coupon_code: order.couponCode,
    visitor_id: order.visitorId,
    ip_hash: order.ipHash,
    attribution_method: order.attributionMethod,
    credits: order.credits,
    attribution_program_id: order.attributionProgram?.id ?? null,
    renewal_of_id: order.renewalOf?.id ?? null,
    payment_number: order.paymentNumber,
    ordered_at: iso(order.orderedAt),
  };
}

function paymentRow(payment: SalePayment): Record<string, unknown> {
  return {
    id: payment.id,
    created_at: iso(payment.createdAt),
    updated_at: iso(payment.updatedAt),
    source: payment.source,
    external_id: payment.externalId,
    order_id: payment.order.id,
    amount_minor: payment.amountMinor.toString(),
    renewal_order_id: payment.renewalOrder?.id ?? null,
    paid_at: iso(payment.paidAt),
  };
}

const amount = (raw: string, field: string) => assertMinorUnits(toMinorUnits(raw, field), field);

/**
 * Records orders, payments (instalments and subscription renewals) and refunds, each exactly once
 * (`InboundEventService`), attributes sales and turns them into commissions, all in one transaction per
 * event; publishes after commit. One order, one writer at a time: every transaction of an order takes the
 * order's advisory lock (keyed by its external id) before it reads anything, so concurrent payments,
 * refunds and renewals of one order are applied one after another, on any number of API instances, and
 * the limits (`applyInstalment`, `applyRefund`, `planRenewal` in the domain) are checked against what the
 * earlier ones wrote. A payment or refund that arrives before its order waits (PENDING) and is applied, in
 * arrival order, by the order's own transaction, which takes the same lock.
 */
export class OrderService {
  private readonly inbound = new InboundEventService();
  private readonly customers = new CustomerService();

  constructor(
    private readonly commissions: CommissionService,
    private readonly attribution: AttributionService,
    private readonly events: EventBus,
    private readonly webhooks: WebhookService,
  ) {}

  /**
   * @param options.firstPaymentId the id of the payment that paid the order at once (Stripe: the first
   * invoice), so a later refund of that payment finds its order; default `<order id>#paid`.
   */
  async recordOrder(
    em: EntityManager,
    input: RecordOrderInput,
    source = 'api',
    options: { firstPaymentId?: string | null } = {},
  ): Promise<RecordResult<SaleOrder>> {
    const id = externalId(input.externalId);
    await this.attribution.settleClicks(input.referral);
    const payload = { ...input };
    // Everything that needs no lock is checked and read before the transaction opens, so the transaction
    // holds its locks only for the statements that need them.
    const read = em.fork({ clear: true });
    let draft: OrderDraft;
    try {
      draft = await this.draftOrder(read, id, input, source, options.firstPaymentId ?? `${id}#paid`);
    } catch (error) {
      // A repeated delivery answers with the first result (or a payload conflict) whatever its input.
      if (!(error instanceof AppError) || !(await this.inbound.received(read, source, 'ORDER', id)))
        throw error;
      const receipt = await this.inbound.receive(
        em,
        { source, kind: 'ORDER', externalId: id, payload },
        [lockName.order(source, id)],
        () => Promise.reject(error),
      );
      return this.result(em, receipt, SaleOrder);
    }
    const outbox = new Outbox();
    let created = null as CreatedOrder | null;
    const receipt = await this.inbound.receive(
      em,
      { source, kind: 'ORDER', externalId: id, payload },
      [lockName.order(source, id), ...this.customers.lockNames(draft.customer)],
      async (tx, event, waiting, read) => {
        const { order, commissionRows } = await this.createOrder(tx, draft, read, event, outbox);
        if (waiting.length > 0) {
          await tx.flush();
          await this.applyWaiting(tx, source, id, waiting, outbox);
        } else created = { order, commissionRows }; // else the waiting events changed them: read back
        await this.webhooks.enqueue(tx, outbox.hooks);
        return order.id;
      },
      {
        waitingFor: id,
        processWritesEvent: true,
        read: (tx: EntityManager) => this.lockedReads(tx, draft),
      },
    );
    if (!receipt.duplicate) this.events.publishAll(outbox.events);
    // A new order is answered from what was written; a repeat from what the first delivery wrote, and an
    // order that waiting payments or refunds changed as they left it.
    if (!created || receipt.duplicate) return this.result(em, receipt, SaleOrder);
    const { order, commissionRows } = created;
    const commissions = () =>
      commissionRows
        .map((row) => em.map(Commission, row))
        .sort((a, b) => a.level - b.level || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { status: receipt.event.status, duplicate: false, record: order, commissions };
  }

  recordPayment(
    em: EntityManager,
    input: RecordPaymentInput,
    source = 'api',
  ): Promise<RecordResult<SalePayment>> {
    return this.recordOrderEvent(em, 'PAYMENT', input, source, SalePayment, (tx, order, event, outbox) =>
      this.applyPayment(tx, order, event, outbox),
    );
  }

  recordRefund(
    em: EntityManager,
    input: RecordRefundInput,
    source = 'api',
  ): Promise<RecordResult<SaleRefund>> {
    return this.recordOrderEvent(em, 'REFUND', input, source, SaleRefund, (tx, order, event, outbox) =>
      this.applyRefund(tx, order, event, outbox),
    );
  }

  /** Receives a payment or refund once; applies it now when its order exists, else it waits (PENDING). */
  private async recordOrderEvent<T extends { id: string }>(
    em: EntityManager,
    kind: 'PAYMENT' | 'REFUND',
    input: RecordPaymentInput | RecordRefundInput,
    source: string,
    entity: new () => T,
    apply: (tx: EntityManager, order: SaleOrder, event: InboundEvent, outbox: Outbox) => Promise<T>,
  ): Promise<RecordResult<T>> {
    const id = externalId(input.externalId);
    const orderId = externalId(input.orderExternalId, 'orderExternalId');
    amount(input.amountMinor, 'amountMinor');
    const outbox = new Outbox();
    const receipt = await this.inbound.receive(
      em,
      { source, kind, externalId: id, orderExternalId: orderId, payload: { ...input } },
      [lockName.order(source, orderId)],
      async (tx, event) => {
        const order = await this.lockedOrder(tx, source, orderId);
        if (!order) return null;
        const record = await apply(tx, order, event, outbox);
        await this.webhooks.enqueue(tx, outbox.hooks);
        return record.id;
      },
    );
    if (!receipt.duplicate) this.events.publishAll(outbox.events);
    return this.result(em, receipt, entity);
  }

  /** The order as the lock holder sees it (read after the lock; never a copy loaded before it). */
  private lockedOrder(tx: EntityManager, source: string, externalId: string) {
    return tx.findOne(SaleOrder, { source, externalId, renewalOf: null }, { refresh: true });
  }

  async get(em: EntityManager, id: string): Promise<SaleOrder> {
    const order = await em.findOne(SaleOrder, { id: parseId(id) });
    if (!order) fail('ORDER_NOT_FOUND', 'Order not found.', 'id');
    return order;
  }

  /**
   * An order checked and computed before its transaction: items against the products, amounts, the
   * customer's key, the referral's reads, and the partners it may credit. Nothing here is
   * protected by the order's lock.
   */
  private async draftOrder(
    em: EntityManager,
    id: string,
    input: RecordOrderInput,
    source: string,
    paymentId: string,
  ): Promise<OrderDraft> {
    const currency = assertCurrency(input.currency.trim().toUpperCase());
    if (input.items.length === 0 || input.items.length > MAX_ITEMS) {
      fail('ORDER_ITEMS_INVALID', `An order has 1 to ${MAX_ITEMS} items.`, 'items');
    }
    const orderedAt = input.orderedAt ?? new Date();
    const [products, referral] = await Promise.all([
      plainRows<ProductRow>(
        em,
        // One JSON parameter (knex would expand an array into a list of parameters).
        'select id, sku, name, subscription from products where sku in (select json_array_elements_text(?::json))',
        [JSON.stringify([...new Set(input.items.map((item) => item.sku.trim()))])],
      ),
      this.attribution.prepareReferral(em, orderedAt, input.referral),
    ]);
    const bySku = new Map(products.map((product) => [product.sku, product]));
    const items: StoredOrderItem[] = input.items.map((item, index) => {
      const product = bySku.get(item.sku.trim());
      if (!product) {
        fail(
          'PRODUCT_NOT_FOUND',
          `No product has the SKU "${item.sku}"; add it with upsertProduct.`,
          `items[${index}].sku`,
        );
      }
      return {
        sku: product.sku,
        productId: product.id,
        name: product.name,
        quantity: item.quantity,
        unitPriceMinor: amount(item.unitPriceMinor, `items[${index}].unitPriceMinor`).toString(),
        discountMinor: amount(item.discountMinor, `items[${index}].discountMinor`).toString(),
        subscription: product.subscription,
      };
    });
    const fees = {
      orderDiscountMinor: amount(input.discountMinor, 'discountMinor'),
      taxMinor: amount(input.taxMinor, 'taxMinor'),
      shippingMinor: amount(input.shippingMinor, 'shippingMinor'),
    };
    const { totalMinor } = withInputField(
      () =>
        commissionBase({
          id,
          currency,
          orderedAt,
          items: items.map((item) => ({
            productId: item.productId,
            quantity: item.quantity,
            unitPriceMinor: BigInt(item.unitPriceMinor),
            discountMinor: BigInt(item.discountMinor),
          })),
          ...fees,
        }),
      'orderDiscountMinor',
      'discountMinor',
    );
    const customer = this.customers.factsOf(input.customer);
    const candidates = this.attribution.candidatePartnerIds(referral);
    return {
      source,
      externalId: id,
      currency,
      items,
      fees,
      totalMinor,
      orderedAt,
      couponCode: normalizeCouponCode(input.referral?.couponCode)?.slice(0, 64) ?? null,
      paid: input.paid ?? false,
      paymentId,
      customer,
      referral,
      candidates,
    };
  }

  /**
   * Read with the event, in its round trip: the customer (under the customer's locks) and the chains of the
   * partners the order may credit (partners are not protected by the order's lock; read a moment earlier,
   * they are what the transaction would have read).
   */
  private async lockedReads(tx: EntityManager, draft: OrderDraft) {
    const [customer, chains] = await Promise.all([
      this.customers.identifyLocked(tx, draft.customer, { unmanaged: true }),
      this.commissions.chainsOf(tx, draft.candidates),
    ]);
    return { customer, chains };
  }

  /**
   * Stores a drafted order under its locks, with what was read with the event: attribution, the order, its
   * commissions. What it writes (event, customer, order, payment, commissions, ledger entries) goes in one
   * statement.
   */
  private async createOrder(
    tx: EntityManager,
    draft: OrderDraft,
    { customer, chains }: { customer: Customer | null; chains: PartnerChains },
    event: InboundEvent,
    outbox: Outbox,
  ) {
    const attribution = await this.attribution.decideReferral(tx, draft.referral, customer);
    const order = unmanagedEntity(SaleOrder, {
      source: draft.source,
      externalId: draft.externalId,
      customer,
      currency: draft.currency,
      items: draft.items,
      ...draft.fees,
      totalMinor: draft.totalMinor,
      couponCode: draft.couponCode,
      visitorId: attribution.visitorId,
      ipHash: attribution.ipHash,
      attributionMethod: attribution.method,
      credits: [...attribution.credits],
      attributionProgram: attribution.program ? tx.getReference(Program, attribution.program.id) : null,
      orderedAt: draft.orderedAt,
    });
    this.customers.rememberReferral(customer, attribution.credits, tx);
    const payments: SalePayment[] = [];
    if (draft.paid) {
      order.paidMinor = applyInstalment(order, draft.totalMinor).paidMinor;
      payments.push(
        unmanagedEntity(SalePayment, {
          source: draft.source,
          externalId: draft.paymentId,
          order,
          amountMinor: draft.totalMinor,
          paidAt: draft.orderedAt,
        }),
      );
    }
    const plan = await this.commissions.planSale(tx, order, {
      chains,
      programs: attribution.program ? [attribution.program] : [],
      payments,
    });
    event.resultId = order.id;
    event.status = 'PROCESSED';
    event.processedAt = new Date();
    await preparedRows(tx, 'partnerkit_write_order', WRITE_ORDER_SQL, [
      JSON.stringify(eventRow(event)),
      JSON.stringify(customer ? [this.customers.row(customer)] : []),
      JSON.stringify(orderRow(order)),
      JSON.stringify(payments.map(paymentRow)),
      JSON.stringify(plan.commissionRows),
      JSON.stringify(plan.entryRows),
    ]);
    await this.commissions.announcePlanned(tx, plan);
    outbox.createdPlanned(plan.commissions);
    outbox.sale(order);
    return { order, commissionRows: plan.commissionRows };
  }

  /**
   * Applies the payments and refunds that arrived before this order, in arrival order, each in its own
   * savepoint: one that cannot be applied (say, a refund larger than the order) is marked FAILED with its
   * error and does not stop the order or the other events.
   */
  private async applyWaiting(
    tx: EntityManager,
    source: string,
    orderExternalId: string,
    waiting: readonly InboundEvent[],
    outbox: Outbox,
  ) {
    for (const event of waiting) {
      const applied = new Outbox();
      try {
        const recordId = await tx.transactional(async (inner) => {
          const order = (await this.lockedOrder(inner, source, orderExternalId))!;
          const record =
            event.kind === 'PAYMENT'
              ? await this.applyPayment(inner, order, event, applied)
              : await this.applyRefund(inner, order, event, applied);
          return record.id;
        });
        event.resultId = recordId;
        event.status = 'PROCESSED';
        outbox.events.push(...applied.events);
        outbox.hooks.push(...applied.hooks);
      } catch (error) {
        event.status = 'FAILED';
        event.error = error instanceof Error ? error.message : String(error);
      }
      event.processedAt = new Date();
    }
  }

  private async applyPayment(tx: EntityManager, order: SaleOrder, event: InboundEvent, outbox: Outbox) {
    const input = event.payload as unknown as RecordPaymentInput;
    const paid = amount(input.amountMinor, 'amountMinor');
    const paidAt = input.paidAt ? new Date(input.paidAt) : event.receivedAt;
    if (!input.renewal) {
      order.paidMinor = applyInstalment(order, paid).paidMinor;
      const payment = tx.create(SalePayment, {
        source: event.source,
        externalId: event.externalId,
        order,
        amountMinor: paid,
        paidAt,
      });
      await tx.flush();
      outbox.created(await this.commissions.creditSale(tx, order));
      return payment;
    }
    const last = await tx.findOne(
      SaleOrder,
      { renewalOf: order },
      { orderBy: { paymentNumber: 'desc' }, fields: ['paymentNumber'] },
    );
    const tax = amount(input.taxMinor ?? '0', 'taxMinor');
    const plan = planRenewal({
      items: order.items.map((item) => ({ ...item, unitPriceMinor: BigInt(item.unitPriceMinor) })),
      lastPaymentNumber: last?.paymentNumber ?? 1,
      amountMinor: paid,
      taxMinor: tax,
    });
    const renewal = tx.create(SaleOrder, {
      source: event.source,
      externalId: event.externalId,
      customer: order.customer,
      currency: order.currency,
      items: plan.lines.map(({ item, netMinor }) => ({
        ...item,
        quantity: 1,
        unitPriceMinor: netMinor.toString(),
        discountMinor: '0',
      })),
      taxMinor: tax,
      totalMinor: paid,
      paidMinor: paid,
      attributionMethod: order.attributionMethod,
      credits: order.credits,
      attributionProgram: order.attributionProgram,
      renewalOf: order,
      paymentNumber: plan.paymentNumber,
      orderedAt: paidAt,
    });
    const payment = tx.create(SalePayment, {
      source: event.source,
      externalId: event.externalId,
      order,
      amountMinor: paid,
      paidAt,
      renewalOrder: renewal,
    });
    await tx.flush();
    outbox.created(await this.commissions.creditSale(tx, renewal));
    outbox.sale(renewal);
    return payment;
  }

  private async applyRefund(tx: EntityManager, order: SaleOrder, event: InboundEvent, outbox: Outbox) {
    const input = event.payload as unknown as RecordRefundInput;
    const refunded = amount(input.amountMinor, 'amountMinor');
    let target = order;
    if (input.paymentExternalId) {
      const payment = await tx.findOne(
        SalePayment,
        { source: event.source, externalId: input.paymentExternalId.trim(), order },
        { populate: ['renewalOrder'] },
      );
      if (!payment) fail('PAYMENT_NOT_FOUND', 'This order has no payment with that id.', 'paymentExternalId');
      target = payment.renewalOrder ?? order;
    }
    const refund = tx.create(SaleRefund, {
      source: event.source,
      externalId: event.externalId,
      order: target,
      amountMinor: refunded,
      refundedAt: input.refundedAt ? new Date(input.refundedAt) : event.receivedAt,
    });
    await tx.flush();
    outbox.changed(await this.commissions.refund(tx, target, refund));
    return refund;
  }

  private async result<T extends object>(
    em: EntityManager,
    receipt: { event: InboundEvent; duplicate: boolean },
    entity: new () => T,
  ): Promise<RecordResult<T>> {
    const { event, duplicate } = receipt;
    const record = event.resultId ? await em.fork().findOne(entity, { id: event.resultId } as never) : null;
    return { status: event.status, duplicate, record: record as T | null };
  }
}
