import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { moneyOf } from '@partnerkit/domain';
import { type GraphQLContext } from '../../graphql/context.js';
import { batched, byId, manyById, prime } from '../../graphql/loaders.js';
import { Commission } from '../../kernel/commission.entity.js';
import { Customer } from '../../kernel/customer.entity.js';
import { MoneyType } from '../../graphql/money.type.js';
import { Partner } from '../../kernel/partner.entity.js';
import { SaleOrder, SalePayment, SaleRefund } from '../../kernel/order.entity.js';
import { OrdersArgs } from './order.args.js';
import { RecordOrderInput, RecordPaymentInput, RecordRefundInput } from './order.input.js';
import { type OrderService } from './order.service.js';
import { type OrderQueries } from './order.queries.js';
import {
  OrderConnection,
  OrderCredit,
  OrderLine,
  RecordOrderResult,
  RecordPaymentResult,
  RecordRefundResult,
} from './order.type.js';

/** The loader of an order's commissions (`Order.commissions`). */
const ORDER_COMMISSIONS = 'order.commissions';

const money = (order: SaleOrder, minor: bigint | string) => MoneyType.of(moneyOf(minor, order.currency));

@Resolver(() => SalePayment)
export class PaymentResolver {
  @FieldResolver(() => MoneyType)
  async amount(@Root() payment: SalePayment, @Ctx() { em }: GraphQLContext) {
    const order = (await byId(em, SaleOrder, payment.order.id))!;
    return money(order, payment.amountMinor);
  }

  @FieldResolver(() => SaleOrder, { description: 'The order it pays.' })
  order(@Root() payment: SalePayment, @Ctx() { em }: GraphQLContext) {
    return byId(em, SaleOrder, payment.order.id);
  }
}

@Resolver(() => SaleRefund)
export class RefundResolver {
  @FieldResolver(() => MoneyType)
  async amount(@Root() refund: SaleRefund, @Ctx() { em }: GraphQLContext) {
    const order = (await byId(em, SaleOrder, refund.order.id))!;
    return money(order, refund.amountMinor);
  }

  @FieldResolver(() => SaleOrder, { description: 'The sale it refunds (for a renewal: that renewal).' })
  order(@Root() refund: SaleRefund, @Ctx() { em }: GraphQLContext) {
    return byId(em, SaleOrder, refund.order.id);
  }
}

@Resolver(() => SaleOrder)
export class OrderResolver {
  constructor(
    private readonly orderService: OrderService,
    private readonly orderQueries: OrderQueries,
  ) {}

  @Authorized()
  @Mutation(() => RecordOrderResult, {
    description:
      'Records a sale once per externalId: attributed, and its commissions created in one transaction.',
  })
  async recordOrder(
    @Arg('input', () => RecordOrderInput) input: RecordOrderInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    const { status, duplicate, record, commissions } = await this.orderService.recordOrder(em, input);
    // The answer comes from what was written: its commissions are not read back.
    if (record && commissions) prime(em, ORDER_COMMISSIONS, record.id, commissions);
    return { status, duplicate, order: record };
  }

  @Authorized()
  @Mutation(() => RecordPaymentResult, {
    description: 'An instalment, or with `renewal` a subscription renewal.',
  })
  async recordPayment(
    @Arg('input', () => RecordPaymentInput) input: RecordPaymentInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    const { status, duplicate, record } = await this.orderService.recordPayment(em, input);
    return { status, duplicate, payment: record };
  }

  @Authorized()
  @Mutation(() => RecordRefundResult, {
    description: 'A full or partial refund: commissions are voided or clawed back.',
  })
  async recordRefund(
    @Arg('input', () => RecordRefundInput) input: RecordRefundInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    const { status, duplicate, record } = await this.orderService.recordRefund(em, input);
    return { status, duplicate, refund: record };
  }

  @Authorized()
  @Query(() => OrderConnection, { description: 'Recorded sales, newest first.' })
  orders(@Args(() => OrdersArgs) args: OrdersArgs, @Ctx() { em }: GraphQLContext) {
    return this.orderQueries.list(em, args);
  }

  @Authorized()
  @Query(() => SaleOrder)
  order(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.orderService.get(em, id);
  }

  @FieldResolver(() => [OrderLine])
  items(@Root() order: SaleOrder): OrderLine[] {
    return order.items.map((item) => ({
      sku: item.sku,
      name: item.name,
      quantity: item.quantity,
      unitPrice: money(order, item.unitPriceMinor),
      discount: money(order, item.discountMinor),
    }));
  }

  @FieldResolver(() => MoneyType, {
    description: 'What the customer pays: items - discounts + tax + shipping.',
  })
  total(@Root() order: SaleOrder) {
    return money(order, order.totalMinor);
  }

  @FieldResolver(() => MoneyType)
  tax(@Root() order: SaleOrder) {
    return money(order, order.taxMinor);
  }

  @FieldResolver(() => MoneyType)
  shipping(@Root() order: SaleOrder) {
    return money(order, order.shippingMinor);
  }

  @FieldResolver(() => MoneyType, { description: 'Discount on the whole order.' })
  discount(@Root() order: SaleOrder) {
    return money(order, order.orderDiscountMinor);
  }

  @FieldResolver(() => MoneyType)
  paid(@Root() order: SaleOrder) {
    return money(order, order.paidMinor);
  }

  @FieldResolver(() => MoneyType)
  refunded(@Root() order: SaleOrder) {
    return money(order, order.refundedMinor);
  }

  @FieldResolver(() => [OrderCredit], { description: 'Who was credited with the sale, and their share.' })
  async credits(@Root() order: SaleOrder, @Ctx() { em }: GraphQLContext): Promise<OrderCredit[]> {
    if (order.credits.length === 0) return [];
    const partners = await manyById(
      em,
      Partner,
      order.credits.map((credit) => credit.partnerId),
    );
    const byId = new Map(partners.map((partner) => [partner.id, partner]));
    return order.credits.map((credit) => ({
      partner: byId.get(credit.partnerId)!,
      weightBps: credit.weightBps,
      flagged: credit.flagged ?? false,
    }));
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() order: SaleOrder, @Ctx() { em }: GraphQLContext) {
    return order.customer ? byId(em, Customer, order.customer.id) : null;
  }

  @FieldResolver(() => [Commission], {
    description: 'Every commission of this sale, all partners and levels.',
  })
  commissions(@Root() order: SaleOrder, @Ctx() { em }: GraphQLContext) {
    // One query for the commissions of every order of the page.
    return batched(
      em,
      ORDER_COMMISSIONS,
      async (ids) => {
        const rows = await em.find(
          Commission,
          { sourceId: { $in: [...ids] } },
          { orderBy: { level: 'asc', id: 'asc' } },
        );
        const bySale = new Map<string, Commission[]>(ids.map((id) => [id, []]));
        for (const row of rows) bySale.get(row.sourceId)?.push(row);
        return bySale;
      },
      order.id,
    ).then((rows) => rows ?? []);
  }
}
