import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of.js';
import { Connection } from '../../graphql/connection.js';
import { MoneyType } from '../../graphql/money.type.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Lead } from '../../kernel/lead.entity.js';
import { SaleOrder, SalePayment, SaleRefund } from '../../kernel/order.entity.js';

export const EventStatusEnum = enumOf(['PROCESSED', 'PENDING', 'FAILED'] as const);
registerEnumType(EventStatusEnum, {
  name: 'EventStatus',
  description:
    'PROCESSED: applied. PENDING: waits for its order. FAILED: its order arrived but it could not be applied.',
});

@ObjectType()
export class OrderLine {
  @Field(() => String)
  sku!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => MoneyType)
  unitPrice!: MoneyType;

  @Field(() => MoneyType)
  discount!: MoneyType;
}

@ObjectType()
export class OrderCredit {
  @Field(() => Partner)
  partner!: Partner;

  @Field(() => Int, { description: 'Share of the level-1 credit in basis points (10,000 = all).' })
  weightBps!: number;

  @Field(() => Boolean, { description: 'Self-referral: commissions wait for review.' })
  flagged!: boolean;
}

@ObjectType()
export class OrderConnection extends Connection(SaleOrder) {}

@ObjectType()
export class RecordOrderResult {
  @Field(() => EventStatusEnum)
  status!: 'PROCESSED' | 'PENDING' | 'FAILED';

  @Field(() => Boolean, { description: 'This id was recorded before: nothing was written now.' })
  duplicate!: boolean;

  @Field(() => SaleOrder, { nullable: true })
  order!: SaleOrder | null;
}

@ObjectType()
export class RecordPaymentResult {
  @Field(() => EventStatusEnum)
  status!: 'PROCESSED' | 'PENDING' | 'FAILED';

  @Field(() => Boolean)
  duplicate!: boolean;

  @Field(() => SalePayment, { nullable: true, description: 'Null while the payment waits for its order.' })
  payment!: SalePayment | null;
}

@ObjectType()
export class RecordRefundResult {
  @Field(() => EventStatusEnum)
  status!: 'PROCESSED' | 'PENDING' | 'FAILED';

  @Field(() => Boolean)
  duplicate!: boolean;

  @Field(() => SaleRefund, { nullable: true, description: 'Null while the refund waits for its order.' })
  refund!: SaleRefund | null;
}

@ObjectType()
export class RecordLeadResult {
  @Field(() => EventStatusEnum)
  status!: 'PROCESSED' | 'PENDING' | 'FAILED';

  @Field(() => Boolean)
  duplicate!: boolean;

  @Field(() => Lead, { nullable: true })
  lead!: Lead | null;
}
