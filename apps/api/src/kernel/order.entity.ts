import { BigIntType, Entity, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { type Credit } from '@partnerkit/domain';
import { BaseEntity } from '../common/base.entity.js';
import { Customer } from './customer.entity.js';
import { Program } from './program.entity.js';

/** One line of an order as recorded (minor units as strings: JSON has no bigint). */
export interface StoredOrderItem {
  sku: string;
  productId: string;
  name: string;
  quantity: number;
  unitPriceMinor: string;
  discountMinor: string;
  /** The product is sold as a subscription (its payments are recurring). */
  subscription: boolean;
}

/**
 * A sale: an order recorded by a third party or Stripe, or one renewal payment of a subscription
 * (`renewalOf` the first order, `paymentNumber` 2, 3, ...). Amounts are minor units of `currency`.
 */
@ObjectType('Order')
@Entity({ tableName: 'orders' })
@Unique({ properties: ['source', 'externalId'] })
@Unique({ properties: ['renewalOf', 'paymentNumber'] })
@Index({ properties: ['orderedAt'] })
// The partner filter of `orders` (`credits @> [{ partnerId }]`).
@Index({
  name: 'orders_credits_index',
  expression: 'create index "orders_credits_index" on "orders" using gin ("credits" jsonb_path_ops)',
})
export class SaleOrder extends BaseEntity {
  @Property({ type: 'string', length: 20 })
  source!: string;

  @Field(() => String, { description: "The caller's order id (for a renewal: the payment's id)." })
  @Property({ type: 'string', length: 200 })
  externalId!: string;

  @ManyToOne(() => Customer, { nullable: true, deleteRule: 'set null' })
  customer: Customer | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'json' })
  items!: StoredOrderItem[];

  @Property({ type: new BigIntType('bigint'), default: 0 })
  orderDiscountMinor: Opt<bigint> = 0n;

  @Property({ type: new BigIntType('bigint'), default: 0 })
  taxMinor: Opt<bigint> = 0n;

  @Property({ type: new BigIntType('bigint'), default: 0 })
  shippingMinor: Opt<bigint> = 0n;

  /** What the customer pays: items - discounts + tax + shipping. */
  @Property({ type: new BigIntType('bigint') })
  totalMinor!: bigint;

  /** What the customer has paid: the total for an order recorded paid, else the sum of its instalments. */
  @Property({ type: new BigIntType('bigint'), default: 0 })
  paidMinor: Opt<bigint> = 0n;

  @Property({ type: new BigIntType('bigint'), default: 0 })
  refundedMinor: Opt<bigint> = 0n;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  couponCode: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  visitorId: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ipHash: string | null = null;

  @Field(() => String, { description: 'MANUAL, PERMANENT_REFERRAL, COUPON, COOKIE, IP or NONE.' })
  @Property({ type: 'string', length: 24 })
  attributionMethod!: string;

  /** Who got the level-1 credit and their share (basis points). */
  @Property({ type: 'json' })
  credits: Opt<Credit[]> = [];

  /** The program whose attribution settings decided the credit. */
  @ManyToOne(() => Program, { nullable: true, deleteRule: 'set null' })
  attributionProgram: Program | null = null;

  @ManyToOne(() => SaleOrder, { nullable: true, deleteRule: 'cascade' })
  renewalOf: SaleOrder | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'Renewals: 2 for the second payment of a subscription, ...',
  })
  @Property({ type: 'integer', nullable: true })
  paymentNumber: number | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  orderedAt!: Date;
}

/** An instalment payment (or, with `renewal`, the renewal order it created) of an order. */
@ObjectType('Payment')
@Entity({ tableName: 'payments' })
@Unique({ properties: ['source', 'externalId'] })
@Index({ properties: ['order', 'paidAt'] })
export class SalePayment extends BaseEntity {
  @Property({ type: 'string', length: 20 })
  source!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 220 })
  externalId!: string;

  @ManyToOne(() => SaleOrder, { deleteRule: 'cascade' })
  order!: SaleOrder;

  @Property({ type: new BigIntType('bigint') })
  amountMinor!: bigint;

  /** Set for a subscription renewal: the sale it created. */
  @ManyToOne(() => SaleOrder, { nullable: true, deleteRule: 'cascade' })
  renewalOrder: SaleOrder | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  paidAt!: Date;
}

/** A full or partial refund of a sale. */
@ObjectType('Refund')
@Entity({ tableName: 'refunds' })
@Unique({ properties: ['source', 'externalId'] })
export class SaleRefund extends BaseEntity {
  @Property({ type: 'string', length: 20 })
  source!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  externalId!: string;

  @ManyToOne(() => SaleOrder, { deleteRule: 'cascade' })
  order!: SaleOrder;

  @Property({ type: new BigIntType('bigint') })
  amountMinor!: bigint;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  refundedAt!: Date;
}
