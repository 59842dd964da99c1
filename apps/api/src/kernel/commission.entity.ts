import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { type CommissionReview, type PayoutTiming, type RuleSource } from '@partnerkit/domain';
import { type StoredLevelRule } from './program.mapper.js';
import { Partner } from './partner.entity.js';
import { Program } from './program.entity.js';

/** The engine's `RuleSource` in JSON form (minor units as strings). */
export type StoredRuleSource = Omit<RuleSource, 'levelRule'> & { levelRule: StoredLevelRule };

/**
 * A commission: what one partner earns at one level of one sale or lead, created once from the engine's
 * line (its deterministic key is the id) and afterwards changed only by lifecycle decisions (refunds,
 * reviews, payouts), each of which also appends ledger entries. The status is derived, never stored.
 */
@ObjectType()
@Entity({ tableName: 'commissions' })
/** Reports and the dashboard: commissions created in a period. */
@Index({ name: 'commissions_created_at_index', properties: ['createdAt'] })
@Index({ properties: ['sourceId'] })
@Index({ properties: ['partner', 'createdAt'] })
@Index({
  name: 'commissions_flagged_index',
  expression:
    'create index "commissions_flagged_index" on "commissions" ("partner_id") where "review" = \'FLAGGED\' and "voided_at" is null',
})
export class Commission {
  /** The engine's deterministic key; exposed by `CommissionResolver.id` (hashed for partners). */
  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => Partner, { deleteRule: 'cascade' })
  partner!: Partner;

  @Property({ type: 'text' })
  chainKey!: string;

  @Field(() => String, { description: 'SALE or LEAD.' })
  @Property({ type: 'string', length: 8 })
  kind!: 'SALE' | 'LEAD';

  /** The order or lead id. */
  @Property({ type: 'uuid' })
  sourceId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  level!: number;

  /** Level-1 partner of the chain (for a parent's commission: the child who made the sale). */
  @Property({ type: 'uuid' })
  creditedPartnerId!: string;

  @Property({ type: 'boolean', default: false })
  rolledDown: Opt<boolean> = false;

  @ManyToOne(() => Program, { deleteRule: 'cascade' })
  program!: Program;

  @Field(() => String)
  @Property({ type: 'string', length: 12 })
  timing!: PayoutTiming;

  @Property({ type: 'text', nullable: true })
  paymentId: string | null = null;

  @Property({ type: new BigIntType('bigint') })
  amountMinor!: bigint;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency!: string;

  /** The rule that produced it (layer, rule id, level rule): why this amount. */
  @Property({ type: 'json' })
  rule!: StoredRuleSource;

  @Field(() => Date, { description: 'When it was earned.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it becomes payable (after the hold).' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  availableAt!: Date;

  @Field(() => String, {
    description: 'NONE, FLAGGED (self-referral, awaiting review), APPROVED or REJECTED.',
  })
  @Property({ type: 'string', length: 10 })
  review!: CommissionReview;

  @Property({ type: new BigIntType('bigint'), default: 0 })
  reversedMinor: Opt<bigint> = 0n;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  voidedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  paidAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  payoutBatchId: string | null = null;

  @Field(() => String, { nullable: true, description: "The admin's note of the review (approve or reject)." })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When an admin approved or rejected it.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  /** The admin who approved or rejected it. */
  @Property({ type: 'uuid', nullable: true })
  reviewedByAdminId: string | null = null;
}
