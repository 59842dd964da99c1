import { Entity, Enum, Property, BigIntType, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';

export enum AttributionMode {
  FIRST = 'FIRST',
  LAST = 'LAST',
  SPLIT = 'SPLIT',
}
registerEnumType(AttributionMode, {
  name: 'AttributionMode',
  description: 'Which referring partner gets the credit: the first, the last, or a split between them.',
});

/** A commission program: its basics. Rules per level arrive with the commission engine. */
@ObjectType()
@Entity({ tableName: 'programs' })
export class Program extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { description: 'Shown to partners in the portal.' })
  @Property({ type: 'text', default: '' })
  notes: Opt<string> = '';

  @Field(() => Int, { description: 'Lower number wins when two programs of one partner cover one product.' })
  @Property({ type: 'integer', default: 100 })
  priority: Opt<number> = 100;

  @Field(() => String, { description: 'ISO 4217 code.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => Int)
  @Property({ type: 'integer', default: 30 })
  cookieWindowDays: Opt<number> = 30;

  @Field(() => AttributionMode)
  @Enum({ items: () => AttributionMode, type: 'string', default: AttributionMode.LAST })
  attributionMode: Opt<AttributionMode> = AttributionMode.LAST;

  @Field(() => Int, { description: 'Paid levels, 1 to 10.' })
  @Property({ type: 'integer', default: 2 })
  levels: Opt<number> = 2;

  @Field(() => Int)
  @Property({ type: 'integer', default: 30 })
  holdDays: Opt<number> = 30;

  /** Minimum payout in minor units of `currency`; exposed as `minimumPayout: Money`. */
  @Property({ type: new BigIntType('bigint'), default: 0 })
  minimumPayoutMinor: Opt<bigint> = 0n;

  @Field(() => String, { description: 'IANA time zone for day boundaries in reports.' })
  @Property({ type: 'string', length: 64, default: 'UTC' })
  timeZone: Opt<string> = 'UTC';

  @Field(() => Boolean, { description: 'New signups to this program are approved at once.' })
  @Property({ type: 'boolean', default: false })
  autoApprove: Opt<boolean> = false;
}
