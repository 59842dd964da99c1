import { Field, ID, Int, ObjectType } from 'type-graphql';
import { moneyOf, type PercentOf, type RuleLayer } from '@partnerkit/domain';
import { Connection } from '../../graphql/connection.js';
import { MoneyType } from '../../graphql/money.type.js';
import { Program } from '../../kernel/program.entity.js';
import { PercentOfEnum, RuleLayerEnum, SaleCommissionKindEnum } from './program.input.js';
import { type StoredLevelRule, type StoredRule } from '../../kernel/program.mapper.js';

@ObjectType()
export class ProgramConnection extends Connection(Program) {}

@ObjectType()
export class SaleCommission {
  @Field(() => SaleCommissionKindEnum)
  kind!: 'FLAT' | 'PERCENT';

  @Field(() => MoneyType, { nullable: true, description: 'FLAT: the amount.' })
  amount!: MoneyType | null;

  @Field(() => String, { nullable: true, description: 'PERCENT: the exact rate, e.g. "12.5".' })
  percent!: string | null;

  @Field(() => PercentOfEnum, { nullable: true })
  of!: PercentOf | null;
}

@ObjectType()
export class LevelRule {
  @Field(() => Int)
  level!: number;

  @Field(() => SaleCommission, { nullable: true })
  sale!: SaleCommission | null;

  @Field(() => MoneyType, { nullable: true })
  leadPayout!: MoneyType | null;
}

@ObjectType()
export class RecurringTerms {
  @Field(() => Int, { nullable: true })
  maxPayments!: number | null;

  @Field(() => Int, { nullable: true })
  maxMonths!: number | null;

  @Field(() => Int, { nullable: true })
  afterPayments!: number | null;

  @Field(() => [LevelRule], { nullable: true })
  afterLevels!: LevelRule[] | null;
}

@ObjectType()
export class CommissionRule {
  @Field(() => ID)
  id!: string;

  @Field(() => RuleLayerEnum)
  layer!: RuleLayer;

  @Field(() => [ID])
  productIds!: string[];

  @Field(() => [LevelRule])
  levels!: LevelRule[];

  @Field(() => RecurringTerms, { nullable: true })
  recurring!: RecurringTerms | null;
}

@ObjectType()
export class SplitWeights {
  @Field(() => Int)
  firstBps!: number;

  @Field(() => Int)
  lastBps!: number;

  @Field(() => Int)
  middleBps!: number;
}

const levelView = (rule: StoredLevelRule, currency: string): LevelRule => ({
  level: rule.level,
  sale: !rule.sale
    ? null
    : rule.sale.kind === 'FLAT'
      ? {
          kind: 'FLAT',
          amount: MoneyType.of(moneyOf(rule.sale.amountMinor, currency)),
          percent: null,
          of: null,
        }
      : { kind: 'PERCENT', amount: null, percent: rule.sale.percent, of: rule.sale.of },
  leadPayout: rule.leadPayoutMinor === null ? null : MoneyType.of(moneyOf(rule.leadPayoutMinor, currency)),
});

/** The stored rules as GraphQL objects, amounts in the program's currency. */
export const ruleViews = (rules: readonly StoredRule[], currency: string): CommissionRule[] =>
  rules.map((rule) => ({
    id: rule.id,
    layer: rule.layer,
    productIds: rule.productIds,
    levels: rule.levels.map((level) => levelView(level, currency)),
    recurring: rule.recurring
      ? {
          ...rule.recurring,
          afterLevels: rule.recurring.afterLevels?.map((level) => levelView(level, currency)) ?? null,
        }
      : null,
  }));
