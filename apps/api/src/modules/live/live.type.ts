import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyType } from '../../graphql/money.type.js';

/** Counts over one window (today, or the period): what a partner or the program brought in. */
@ObjectType()
export class LiveCounters {
  @Field(() => Date, { description: 'Start of the window (inclusive).' })
  from!: Date;

  @Field(() => Int, { description: 'Every click, bots included.' })
  clicks!: number;

  @Field(() => Int, { description: 'Unique human clicks (one per IP + browser + link per hour).' })
  uniqueClicks!: number;

  @Field(() => Int, { description: 'Leads credited.' })
  leads!: number;

  @Field(() => Int, { description: 'Sales (orders and renewals) credited.' })
  sales!: number;

  @Field(() => [MoneyType], {
    description: 'Commissions created in the window, all levels, net of reversals; one per currency.',
  })
  commissions!: MoneyType[];
}

/** One day of the period. */
@ObjectType()
export class LiveDay {
  @Field(() => String, { description: 'The day (YYYY-MM-DD) in the time zone of the stats.' })
  day!: string;

  @Field(() => Int)
  clicks!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int)
  leads!: number;

  @Field(() => Int)
  sales!: number;
}

/** Live counters of one partner (or, for admins, of the whole program): sent again after every event. */
@ObjectType()
export class LiveStats {
  @Field(() => ID, { nullable: true, description: 'The partner, or null for every partner.' })
  partnerId!: string | null;

  @Field(() => String, { description: 'IANA time zone of the day boundaries.' })
  timeZone!: string;

  @Field(() => Int, { description: 'Days in the period (today included).' })
  periodDays!: number;

  @Field(() => Date, { description: 'When these counts were read.' })
  at!: Date;

  @Field(() => LiveCounters)
  today!: LiveCounters;

  @Field(() => LiveCounters, { description: 'The last `periodDays` days, today included.' })
  period!: LiveCounters;

  @Field(() => [MoneyType], { description: 'What can be paid out now, per currency.' })
  payable!: MoneyType[];

  @Field(() => [LiveDay], { description: 'Each day of the period, oldest first.' })
  days!: LiveDay[];
}

export enum LiveActivityKind {
  CLICKS = 'CLICKS',
  LEAD = 'LEAD',
  SALE = 'SALE',
  COMMISSION = 'COMMISSION',
  PAYMENT = 'PAYMENT',
  LEDGER = 'LEDGER',
}
registerEnumType(LiveActivityKind, {
  name: 'LiveActivityKind',
  description:
    'CLICKS (clicks stored), LEAD, SALE, COMMISSION (created or changed), PAYMENT (paid out), LEDGER (adjustment, clawback, void).',
});

/** One thing that just happened to a partner. */
@ObjectType()
export class LiveActivity {
  @Field(() => LiveActivityKind)
  kind!: LiveActivityKind;

  @Field(() => ID, {
    nullable: true,
    description:
      'The partner credited; null for a lead or sale credited to nobody (program-wide feeds only).',
  })
  partnerId!: string | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { description: 'A short sentence for a feed, e.g. "3 clicks (2 unique)".' })
  summary!: string;

  @Field(() => Int, { nullable: true, description: 'CLICKS: how many were stored.' })
  count!: number | null;

  @Field(() => MoneyType, { nullable: true, description: 'COMMISSION, PAYMENT, LEDGER: the amount.' })
  amount!: MoneyType | null;

  @Field(() => String, {
    nullable: true,
    description: 'COMMISSION: its status now (PENDING, PAYABLE, PAID, REVERSED, VOIDED, …).',
  })
  status!: string | null;

  /** The lead, order, commission or ledger entry; exposed by `LiveActivityResolver.recordId`. */
  recordId!: string | null;
}

/** Clicks of one partner just stored (one flush of the click buffer). */
@ObjectType()
export class LiveClicks {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => Int, { description: 'Clicks stored, bots included.' })
  count!: number;

  @Field(() => Int, { description: 'Of them, unique human clicks.' })
  uniqueCount!: number;

  @Field(() => Date, { description: 'When they were written.' })
  at!: Date;
}
