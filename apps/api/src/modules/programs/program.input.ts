import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  PERCENT_OF,
  RULE_LAYERS,
  type AttributionMode,
  type PayoutTiming,
  type PercentOf,
  type RuleLayer,
  type UnusedLevelShare,
} from '@partnerkit/domain';
import { enumOf } from '../../graphql/enum-of.js';
import { SignupFieldInput } from '../signup/signup-field.type.js';
import { AttributionModeEnum, PayoutTimingEnum, UnusedLevelShareEnum } from '../../kernel/program.entity.js';

export const SaleCommissionKindEnum = enumOf(['FLAT', 'PERCENT'] as const);
registerEnumType(SaleCommissionKindEnum, { name: 'SaleCommissionKind' });
export const PercentOfEnum = enumOf(PERCENT_OF);
registerEnumType(PercentOfEnum, {
  name: 'PercentOf',
  description:
    "BASE: the sale's commission base (items minus discounts, no tax or shipping). CHILD_COMMISSION: the commission of the level below.",
});
export const RuleLayerEnum = enumOf(RULE_LAYERS);
registerEnumType(RuleLayerEnum, {
  name: 'RuleLayer',
  description:
    'DEFAULT: all products. PRODUCT: the listed products. SUBSCRIPTION: recurring payments. The most specific wins.',
});

@InputType()
export class SaleCommissionInput {
  @Field(() => SaleCommissionKindEnum)
  kind!: 'FLAT' | 'PERCENT';

  @Field(() => String, { nullable: true, description: 'FLAT: minor units of the program currency.' })
  amountMinor?: string | null;

  @Field(() => String, { nullable: true, description: 'PERCENT: an exact decimal, e.g. "12.5".' })
  percent?: string | null;

  @Field(() => PercentOfEnum, { nullable: true, description: 'PERCENT: what it applies to (default BASE).' })
  of?: PercentOf | null;
}

@InputType()
export class LevelRuleInput {
  @Field(() => Int, { description: '1 = the credited partner, 2 = its parent, ...' })
  level!: number;

  @Field(() => SaleCommissionInput, { nullable: true })
  sale?: SaleCommissionInput | null;

  @Field(() => String, { nullable: true, description: 'Flat payout per lead, minor units.' })
  leadPayoutMinor?: string | null;
}

@InputType()
export class RecurringTermsInput {
  @Field(() => Int, { nullable: true, description: 'Only the first N payments earn.' })
  maxPayments?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only payments in the first N months earn.' })
  maxMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'After this many payments, `afterLevels` apply.' })
  afterPayments?: number | null;

  @Field(() => [LevelRuleInput], { nullable: true })
  afterLevels?: LevelRuleInput[] | null;
}

@InputType()
export class CommissionRuleInput {
  @Field(() => ID, { nullable: true, description: 'Keep the id to edit a rule; omit for a new one.' })
  id?: string | null;

  @Field(() => RuleLayerEnum)
  layer!: RuleLayer;

  @Field(() => [ID], { nullable: true, description: 'PRODUCT and SUBSCRIPTION layers: product ids.' })
  productIds?: string[] | null;

  @Field(() => [LevelRuleInput])
  levels!: LevelRuleInput[];

  @Field(() => RecurringTermsInput, { nullable: true })
  recurring?: RecurringTermsInput | null;
}

@InputType()
export class SplitWeightsInput {
  @Field(() => Int, { description: 'Basis points for the first referring partner.' })
  firstBps!: number;

  @Field(() => Int, { description: 'Basis points for the last referring partner.' })
  lastBps!: number;

  @Field(() => Int, { description: 'Basis points shared by the partners in between.' })
  middleBps!: number;
}

/** Settings of a program. On create, omitted settings take the documented defaults; on update they stay. */
@InputType()
export class ProgramSettingsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default 100; lower wins.' })
  priority?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217 code; locked once the program has partners.',
  })
  currency?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default 30.' })
  cookieWindowDays?: number | null;

  @Field(() => AttributionModeEnum, { nullable: true, description: 'Default LAST.' })
  attributionMode?: AttributionMode | null;

  @Field(() => SplitWeightsInput, { nullable: true, description: 'Required for SPLIT.' })
  splitWeights?: SplitWeightsInput | null;

  @Field(() => Boolean, { nullable: true })
  permanentReferral?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Minutes; 0 turns IP attribution off.' })
  ipWindowMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Paid levels 1 to 10; default 2.' })
  levels?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default 30.' })
  holdDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Minor units of the program currency; default 0.' })
  minimumPayoutMinor?: string | null;

  @Field(() => PayoutTimingEnum, { nullable: true, description: 'Default UPFRONT.' })
  timing?: PayoutTiming | null;

  @Field(() => UnusedLevelShareEnum, { nullable: true, description: 'Default NOT_PAID.' })
  unusedLevelShare?: UnusedLevelShare | null;

  @Field(() => String, { nullable: true, description: 'IANA zone; default UTC.' })
  timeZone?: string | null;

  @Field(() => Boolean, { nullable: true })
  autoApprove?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Open the public signup form (default false).' })
  signupOpen?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  signupAsksParentCode?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  signupAsksPayoutEmail?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Parent of signups without a recruiting link; "" removes it.',
  })
  signupParentCode?: string | null;

  @Field(() => [SignupFieldInput], {
    nullable: true,
    description: 'Replaces the custom questions when given.',
  })
  signupFields?: SignupFieldInput[] | null;

  @Field(() => [CommissionRuleInput], { nullable: true, description: 'Replaces all rules when given.' })
  rules?: CommissionRuleInput[] | null;
}

@InputType()
export class CreateProgramInput extends ProgramSettingsInput {
  @Field(() => String)
  declare name: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  declare currency: string;
}

@InputType()
export class UpdateProgramInput extends ProgramSettingsInput {}
