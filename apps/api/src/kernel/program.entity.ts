import { Entity, Enum, Property, BigIntType, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ATTRIBUTION_MODES,
  PAYOUT_TIMINGS,
  UNUSED_LEVEL_SHARES,
  type AttributionMode,
  type CustomFieldDefinition,
  type PayoutTiming,
  type UnusedLevelShare,
} from '@partnerkit/domain';
import { BaseEntity } from '../common/base.entity.js';
import { enumOf } from '../graphql/enum-of.js';
import { type StoredRule, type StoredSplitWeights } from './program.mapper.js';

export const AttributionModeEnum = enumOf(ATTRIBUTION_MODES);
registerEnumType(AttributionModeEnum, {
  name: 'AttributionMode',
  description: 'Which referring partner gets the credit: the first, the last, or a split between them.',
});
export const PayoutTimingEnum = enumOf(PAYOUT_TIMINGS);
registerEnumType(PayoutTimingEnum, {
  name: 'PayoutTiming',
  description: 'UPFRONT: credited when the order is recorded. ON_PAYMENT: in proportion to each payment.',
});
export const UnusedLevelShareEnum = enumOf(UNUSED_LEVEL_SHARES);
registerEnumType(UnusedLevelShareEnum, {
  name: 'UnusedLevelShare',
  description: 'What happens to the share of a level without an earning partner.',
});

/**
 * A commission program: settings and rules per level, stored as the domain's `Program` (see
 * `program.mapper.ts`). Every write is validated by the domain's `defineProgram`.
 */
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

  @Field(() => AttributionModeEnum)
  @Enum({ items: [...ATTRIBUTION_MODES], type: 'string', default: 'LAST' })
  attributionMode: Opt<AttributionMode> = 'LAST';

  /** Basis points for SPLIT attribution; exposed as `splitWeights`. */
  @Property({ type: 'json', nullable: true })
  splitWeights: StoredSplitWeights | null = null;

  @Field(() => Boolean, {
    description: 'Once attributed, a customer stays with that partner for later purchases.',
  })
  @Property({ type: 'boolean', default: false })
  permanentReferral: Opt<boolean> = false;

  @Field(() => Int, {
    nullable: true,
    description: 'Attribute by IP address within this many minutes (off when null).',
  })
  @Property({ type: 'integer', nullable: true })
  ipWindowMinutes: number | null = null;

  @Field(() => Int, { description: 'Paid levels, 1 to 10.' })
  @Property({ type: 'integer', default: 2 })
  levels: Opt<number> = 2;

  @Field(() => Int)
  @Property({ type: 'integer', default: 30 })
  holdDays: Opt<number> = 30;

  /** Minimum payout in minor units of `currency`; exposed as `minimumPayout: Money`. */
  @Property({ type: new BigIntType('bigint'), default: 0 })
  minimumPayoutMinor: Opt<bigint> = 0n;

  @Field(() => PayoutTimingEnum)
  @Enum({ items: [...PAYOUT_TIMINGS], type: 'string', default: 'UPFRONT' })
  timing: Opt<PayoutTiming> = 'UPFRONT';

  @Field(() => UnusedLevelShareEnum)
  @Enum({ items: [...UNUSED_LEVEL_SHARES], type: 'string', default: 'NOT_PAID' })
  unusedLevelShare: Opt<UnusedLevelShare> = 'NOT_PAID';

  @Field(() => String, { description: 'IANA time zone for day boundaries in windows and reports.' })
  @Property({ type: 'string', length: 64, default: 'UTC' })
  timeZone: Opt<string> = 'UTC';

  @Field(() => Boolean, { description: 'New signups to this program are approved at once.' })
  @Property({ type: 'boolean', default: false })
  autoApprove: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'The public signup form of this program accepts applications.' })
  @Property({ type: 'boolean', default: false })
  signupOpen: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'The signup form asks who referred the applicant (a partner code).' })
  @Property({ type: 'boolean', default: false })
  signupAsksParentCode: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'The signup form asks for a PayPal email for payouts.' })
  @Property({ type: 'boolean', default: false })
  signupAsksPayoutEmail: Opt<boolean> = false;

  /** Parent given to every signup without a recruiting link (`?parent=CODE`); exposed as `signupParent`. */
  @Property({ type: 'uuid', nullable: true })
  signupParentId: string | null = null;

  /** Custom questions of the signup form; exposed as `signupFields`. */
  @Property({ type: 'json', default: '[]' })
  signupFields: Opt<CustomFieldDefinition[]> = [];

  /** Commission rules (default, product, subscription layers); exposed as `rules`. */
  @Property({ type: 'json', default: '[]' })
  rules: Opt<StoredRule[]> = [];
}
