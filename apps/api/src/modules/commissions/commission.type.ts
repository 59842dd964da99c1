import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { MoneyType } from '../../graphql/money.type.js';
import { Commission } from '../../kernel/commission.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';

@ObjectType()
export class CommissionConnection extends Connection(Commission) {}

@ObjectType()
export class LedgerEntryConnection extends Connection(LedgerEntry) {}

/** A partner's balances in one currency. total = payable + pending + flagged. */
@ObjectType()
export class Balance {
  @Field(() => String)
  currency!: string;

  @Field(() => MoneyType, { description: 'Sum of all ledger entries.' })
  total!: MoneyType;

  @Field(() => MoneyType, {
    description: 'Past the hold period and not under review: what a payout may pay.',
  })
  payable!: MoneyType;

  @Field(() => MoneyType, { description: 'Still inside the hold period.' })
  pending!: MoneyType;

  @Field(() => MoneyType, { description: 'Waiting for review (self-referral).' })
  flagged!: MoneyType;
}

@ObjectType()
export class CommissionRuleSource {
  @Field(() => String, { description: 'MANUAL, PARTNER_OVERRIDE, DEFAULT, PRODUCT or SUBSCRIPTION.' })
  layer!: string;

  @Field(() => String)
  ruleId!: string;

  @Field(() => String, { nullable: true, description: 'Recurring: INITIAL or AFTER (the later rate).' })
  recurringPhase!: string | null;
}
