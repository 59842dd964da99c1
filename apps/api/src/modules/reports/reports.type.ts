import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { MoneyType } from '../../graphql/money.type.js';

@ObjectType({
  description: 'The period of a report: calendar days of a time zone, as instants [startsAt, endsAt).',
})
export class ReportPeriodType {
  @Field(() => String)
  from!: string;

  @Field(() => String, { description: 'Last day, included.' })
  to!: string;

  @Field(() => String)
  timeZone!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date, { description: 'First instant after the period.' })
  endsAt!: Date;
}

@ObjectType()
export class ReportPageInfo {
  @Field(() => Int)
  offset!: number;

  @Field(() => Int, { description: 'Rows matching the filters, all pages.' })
  totalCount!: number;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

@ObjectType({ description: 'The partner of a report row.' })
export class ReportPartner {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  status!: string;
}

@ObjectType()
export class LedgerReportRow {
  @Field(() => ReportPartner)
  partner!: ReportPartner;

  @Field(() => String)
  currency!: string;

  @Field(() => MoneyType, { description: 'Sum of the entries before the period.' })
  beginning!: MoneyType;

  @Field(() => MoneyType, { description: 'Net COMMISSION entries of the period (voids included).' })
  commissions!: MoneyType;

  @Field(() => MoneyType)
  clawbacks!: MoneyType;

  @Field(() => MoneyType)
  payments!: MoneyType;

  @Field(() => MoneyType)
  adjustments!: MoneyType;

  @Field(() => MoneyType, { description: 'beginning + commissions + clawbacks + payments + adjustments.' })
  ending!: MoneyType;
}

@ObjectType({
  description: 'The columns of the ledger report summed over every matching row of one currency.',
})
export class LedgerReportTotal {
  @Field(() => String)
  currency!: string;

  @Field(() => Int)
  partners!: number;

  @Field(() => MoneyType)
  beginning!: MoneyType;

  @Field(() => MoneyType)
  commissions!: MoneyType;

  @Field(() => MoneyType)
  clawbacks!: MoneyType;

  @Field(() => MoneyType)
  payments!: MoneyType;

  @Field(() => MoneyType)
  adjustments!: MoneyType;

  @Field(() => MoneyType)
  ending!: MoneyType;
}

@ObjectType()
export class LedgerReport {
  @Field(() => ReportPeriodType)
  period!: ReportPeriodType;

  @Field(() => [LedgerReportRow])
  rows!: LedgerReportRow[];

  @Field(() => [LedgerReportTotal], { description: 'Per currency (never summed across currencies).' })
  totals!: LedgerReportTotal[];

  @Field(() => ReportPageInfo)
  pageInfo!: ReportPageInfo;

  @Field(() => String, { description: 'This page and the totals as CSV (the columns shown).' })
  csv!: string;
}

@ObjectType({ description: 'What caused a ledger entry.' })
export class LedgerEntryCause {
  @Field(() => String, { description: 'SALE, LEAD, REFUND, PAYOUT or ADJUSTMENT.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The commission (SALE, LEAD, REFUND).' })
  commissionId!: string | null;

  @Field(() => Int, { nullable: true })
  level!: number | null;

  @Field(() => ID, { nullable: true })
  orderId!: string | null;

  @Field(() => String, { nullable: true })
  orderExternalId!: string | null;

  @Field(() => ID, { nullable: true })
  leadId!: string | null;

  @Field(() => String, { nullable: true })
  leadExternalId!: string | null;

  @Field(() => String, { nullable: true })
  customerEmail!: string | null;

  @Field(() => ID, { nullable: true })
  refundId!: string | null;

  @Field(() => String, { nullable: true })
  refundExternalId!: string | null;

  @Field(() => String, { nullable: true })
  payoutBatchId!: string | null;

  @Field(() => String, { nullable: true })
  method!: string | null;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The admin who decided (adjustment, review).' })
  adminEmail!: string | null;
}

@ObjectType()
export class ReportLedgerEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => MoneyType)
  amount!: MoneyType;

  @Field(() => Date)
  effectiveAt!: Date;

  @Field(() => Date)
  availableAt!: Date;

  @Field(() => ReportPartner)
  partner!: ReportPartner;

  @Field(() => LedgerEntryCause)
  cause!: LedgerEntryCause;
}

@ObjectType()
export class LedgerEntriesReport {
  @Field(() => ReportPeriodType)
  period!: ReportPeriodType;

  @Field(() => [ReportLedgerEntry])
  rows!: ReportLedgerEntry[];

  @Field(() => [MoneyType], { description: 'Sum of every matching entry, per currency.' })
  totals!: MoneyType[];

  @Field(() => ReportPageInfo)
  pageInfo!: ReportPageInfo;

  @Field(() => String)
  csv!: string;
}

@ObjectType()
export class ActivityReportRow {
  @Field(() => ReportPartner)
  partner!: ReportPartner;

  @Field(() => Int)
  clicks!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int)
  leads!: number;

  @Field(() => Int, { description: 'Orders credited to the partner (level 1).' })
  sales!: number;

  @Field(() => [MoneyType], { description: 'Totals of those orders, per currency.' })
  revenue!: MoneyType[];

  @Field(() => [MoneyType], { description: 'Commissions earned in the period (all levels), per currency.' })
  commissions!: MoneyType[];
}

@ObjectType()
export class ActivityReport {
  @Field(() => ReportPeriodType)
  period!: ReportPeriodType;

  @Field(() => [ActivityReportRow])
  rows!: ActivityReportRow[];

  @Field(() => ReportPageInfo)
  pageInfo!: ReportPageInfo;

  @Field(() => String)
  csv!: string;
}

@ObjectType()
export class LinkReportRow {
  @Field(() => String, { description: 'The named link id, or `default` (default link and deep links).' })
  linkKey!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  slug!: string | null;

  @Field(() => Int)
  clicks!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int)
  botClicks!: number;

  @Field(() => Int, { description: 'Partners with clicks on the link.' })
  partners!: number;
}

@ObjectType()
export class LinkReport {
  @Field(() => ReportPeriodType)
  period!: ReportPeriodType;

  @Field(() => [LinkReportRow])
  rows!: LinkReportRow[];

  @Field(() => ReportPageInfo)
  pageInfo!: ReportPageInfo;

  @Field(() => String)
  csv!: string;
}

@ObjectType()
export class LeadReportRow {
  @Field(() => ID)
  leadId!: string;

  @Field(() => String)
  externalId!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ReportPartner)
  partner!: ReportPartner;

  @Field(() => String, { nullable: true })
  customerEmail!: string | null;

  @Field(() => Int, { description: "The partner's share of the credit (10,000 = all)." })
  weightBps!: number;
}

@ObjectType()
export class LeadReport {
  @Field(() => ReportPeriodType)
  period!: ReportPeriodType;

  @Field(() => [LeadReportRow])
  rows!: LeadReportRow[];

  @Field(() => ReportPageInfo)
  pageInfo!: ReportPageInfo;

  @Field(() => String)
  csv!: string;
}

@ObjectType()
export class ReferralReportRow {
  @Field(() => ID)
  customerId!: string;

  @Field(() => String, { nullable: true })
  externalId!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => ReportPartner)
  partner!: ReportPartner;

  @Field(() => String, { description: 'ASSIGNED (by an admin) or REFERRED.' })
  via!: string;

  @Field(() => Date, { description: 'When the customer was first seen.' })
  since!: Date;
}

@ObjectType()
export class ReferralReport {
  @Field(() => ReportPeriodType)
  period!: ReportPeriodType;

  @Field(() => [ReferralReportRow])
  rows!: ReferralReportRow[];

  @Field(() => ReportPageInfo)
  pageInfo!: ReportPageInfo;

  @Field(() => String)
  csv!: string;
}

@ObjectType()
export class DashboardDay {
  @Field(() => String, { description: 'YYYY-MM-DD in the program time zone.' })
  day!: string;

  @Field(() => Int)
  clicks!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int)
  leads!: number;

  @Field(() => Int)
  sales!: number;

  @Field(() => [MoneyType])
  revenue!: MoneyType[];

  @Field(() => [MoneyType])
  commissions!: MoneyType[];
}

@ObjectType()
export class DashboardTopPartner {
  @Field(() => ReportPartner)
  partner!: ReportPartner;

  @Field(() => Int)
  sales!: number;

  @Field(() => [MoneyType])
  revenue!: MoneyType[];

  @Field(() => [MoneyType])
  commissions!: MoneyType[];
}

@ObjectType()
export class Dashboard {
  @Field(() => ReportPeriodType)
  period!: ReportPeriodType;

  @Field(() => Int)
  clicks!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int)
  leads!: number;

  @Field(() => Int)
  sales!: number;

  @Field(() => [MoneyType], { description: 'Totals of attributed orders, per currency.' })
  revenue!: MoneyType[];

  @Field(() => [MoneyType], { description: 'Commissions created in the period (all levels), per currency.' })
  commissionsEarned!: MoneyType[];

  @Field(() => [MoneyType], { description: 'What is payable now (hold elapsed, not flagged), per currency.' })
  owed!: MoneyType[];

  @Field(() => [MoneyType], { description: 'Payments made in the period, per currency (positive).' })
  paid!: MoneyType[];

  @Field(() => Float, { nullable: true, description: 'Sales ÷ unique clicks (null without clicks).' })
  conversionRate!: number | null;

  @Field(() => [DashboardTopPartner], { description: 'Up to 5 partners with the most sales.' })
  topPartners!: DashboardTopPartner[];

  @Field(() => [DashboardDay])
  days!: DashboardDay[];
}
