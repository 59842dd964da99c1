import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CustomerInput {
  @Field(() => String, { nullable: true, description: "The merchant's customer id." })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType()
export class OrderItemInput {
  @Field(() => String, { description: 'SKU of a product in the catalogue (`upsertProduct`).' })
  sku!: string;

  @Field(() => Int, { defaultValue: 1 })
  quantity!: number;

  @Field(() => String, { description: 'Price of one unit, minor units of the order currency.' })
  unitPriceMinor!: string;

  @Field(() => String, { defaultValue: '0', description: 'Discount on this line, minor units.' })
  discountMinor!: string;
}

/** What the third party knows about the referral; all optional. */
@InputType()
export class ReferralInput {
  @Field(() => String, {
    nullable: true,
    description: 'The `pk_vid` visitor id from the tracking link / snippet.',
  })
  visitorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The buyer's IP address, for programs that attribute by IP (stored only as a keyed hash).",
  })
  ipAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'A partner coupon code used on the order.' })
  couponCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The referring partner, when the caller knows it.' })
  partnerCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Program whose attribution settings apply (default: the first by priority).',
  })
  programId?: string | null;
}

@InputType()
export class RecordOrderInput {
  @Field(() => String, { description: 'Your order id; a repeat with the same id returns the first result.' })
  externalId!: string;

  @Field(() => String, { description: 'ISO 4217 code.' })
  currency!: string;

  @Field(() => [OrderItemInput])
  items!: OrderItemInput[];

  @Field(() => String, { defaultValue: '0', description: 'Discount on the whole order, minor units.' })
  discountMinor!: string;

  @Field(() => String, { defaultValue: '0', description: 'Never part of the commission base.' })
  taxMinor!: string;

  @Field(() => String, { defaultValue: '0', description: 'Never part of the commission base.' })
  shippingMinor!: string;

  @Field(() => CustomerInput, { nullable: true })
  customer?: CustomerInput | null;

  @Field(() => ReferralInput, { nullable: true })
  referral?: ReferralInput | null;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  orderedAt?: Date | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'true: paid in full now. false: payments follow with `recordPayment` (instalments).',
  })
  paid!: boolean;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => String, { description: 'Your payment id.' })
  externalId!: string;

  @Field(() => String, { description: 'The order it pays (may arrive before the order; it then waits).' })
  orderExternalId!: string;

  @Field(() => String, { description: 'Minor units, including tax.' })
  amountMinor!: string;

  @Field(() => String, { defaultValue: '0', description: 'Renewals: tax included in the amount.' })
  taxMinor!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'true: a renewal payment of a subscription order (recurring commission). false: an instalment.',
  })
  renewal!: boolean;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  paidAt?: Date | null;
}

@InputType()
export class RecordRefundInput {
  @Field(() => String, { description: 'Your refund id.' })
  externalId!: string;

  @Field(() => String)
  orderExternalId!: string;

  @Field(() => String, { nullable: true, description: 'For a renewal: the renewal payment refunded.' })
  paymentExternalId?: string | null;

  @Field(() => String, { description: 'Minor units; partial refunds reverse the same share of commissions.' })
  amountMinor!: string;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  refundedAt?: Date | null;
}
