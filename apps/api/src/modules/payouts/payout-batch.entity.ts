import { BigIntType, Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { PayoutMethod } from '../../kernel/partner.entity.js';

/**
 * A payout: a BATCH over many partners in one currency, or a SINGLE payment recorded from a partner's
 * page. Its payments are the `PAYMENT` ledger entries with its id (one per partner); the row is stored
 * with a unique idempotency key first, so the same request twice pays once, and the totals are written in
 * the same transaction as the payments.
 */
@ObjectType()
@Entity({ tableName: 'payout_batches' })
export class PayoutBatch extends BaseEntity {
  @Property({ type: 'string', length: 200, unique: true })
  idempotencyKey!: string;

  @Field(() => String, { description: 'BATCH (many partners) or SINGLE (one payment from a partner page).' })
  @Property({ type: 'string', length: 8 })
  kind!: 'BATCH' | 'SINGLE';

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => PayoutMethod)
  @Enum({ items: () => PayoutMethod, type: 'string' })
  method!: PayoutMethod;

  @Field(() => String, { nullable: true, description: 'e.g. the PayPal payout batch id or check number.' })
  @Property({ type: 'string', length: 200, nullable: true })
  reference: string | null = null;

  /** The partners asked for (null = everyone payable); compared when the key is used again. */
  @Property({ type: 'json', nullable: true })
  requestedPartnerIds: string[] | null = null;

  /** The admin who paid; null when an API key did (`apiKeyId`). */
  @Property({ type: 'uuid', nullable: true })
  adminId: string | null = null;

  /** The API key (scope `payouts:write`) that paid, when no admin did. */
  @Property({ type: 'uuid', nullable: true })
  apiKeyId: string | null = null;

  @Field(() => Date, { description: 'When it was paid (the payments are effective then).' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  paidAt!: Date;

  @Field(() => Int, { description: 'Partners paid.' })
  @Property({ type: 'integer', default: 0 })
  paymentCount: Opt<number> = 0;

  /** Sum of the payments in minor units (positive); exposed as `total: Money`. */
  @Property({ type: new BigIntType('bigint'), default: 0 })
  totalMinor: Opt<bigint> = 0n;
}
