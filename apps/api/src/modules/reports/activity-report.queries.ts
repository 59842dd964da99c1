import { type EntityManager } from '@mikro-orm/postgresql';
import { moneyView } from '../commissions/commission.queries.js';
import { type MoneyType } from '../../graphql/money.type.js';
import { type ReportArgs } from './reports.args.js';
import { csvAmounts, withCsv, type CsvColumn } from './report-csv.js';
import {
  orderAndPage,
  partnerFilter,
  resolvePeriod,
  runPage,
  type ReportPeriod,
  type Sql,
} from './report-sql.js';
import { partnerView, periodView } from './ledger-report.queries.js';
import {
  type ActivityReport,
  type ActivityReportRow,
  type LeadReport,
  type LeadReportRow,
  type LinkReport,
  type LinkReportRow,
  type ReferralReport,
  type ReferralReportRow,
} from './reports.type.js';

interface PartnerColumns {
  partner_id: string;
  code: string;
  name: string;
  email: string;
  status: string;
  total_count: string;
}

/** `[{ currency, amount }]` built by `json_agg` in SQL, as Money. */
const amounts = (list: Array<{ currency: string; amount: string }> | null): MoneyType[] =>
  (list ?? []).map((item) => moneyView(BigInt(item.amount), item.currency));

/**
 * The per-partner activity of a period, in one statement: clicks from the hourly rollup, leads and sales
 * from the credits of leads and orders of the period (by their time indexes), revenue and commissions per
 * currency. A sale split between partners counts for each of them, with the order's whole total.
 */
export function activitySql(partners: Sql, period: ReportPeriod): Sql {
  const program = period.programId ? ' and x.attribution_program_id = ?' : '';
  const programParams = period.programId ? [period.programId] : [];
  const commissionProgram = period.programId ? ' and c.program_id = ?' : '';
  return {
    text: `with p as (${partners.text}),
cl as (
  select s.partner_id, sum(s.raw_count) as clicks, sum(s.unique_count) as unique_clicks
  from click_stats_hourly s join p on p.id = s.partner_id
  where s.hour >= ? and s.hour < ? group by s.partner_id
), ld as (
  select (cr ->> 'partnerId')::uuid as partner_id, count(*) as leads
  from leads x cross join lateral jsonb_array_elements(x.credits) cr
  where x.occurred_at >= ? and x.occurred_at < ?${program} group by 1
), sa as (
  select (cr ->> 'partnerId')::uuid as partner_id, x.currency, count(*) as sales, sum(x.total_minor) as revenue
  from orders x cross join lateral jsonb_array_elements(x.credits) cr
  where x.ordered_at >= ? and x.ordered_at < ?${program} group by 1, 2
), co as (
  select c.partner_id, c.currency, sum(c.amount_minor) as amount
  from commissions c join p on p.id = c.partner_id
  where c.created_at >= ? and c.created_at < ?${commissionProgram} group by 1, 2
), r as (
  select p.id as partner_id, p.code, p.name, p.email, p.status,
    coalesce(cl.clicks, 0) as clicks, coalesce(cl.unique_clicks, 0) as unique_clicks,
    coalesce(ld.leads, 0) as leads,
    coalesce((select sum(sa.sales) from sa where sa.partner_id = p.id), 0) as sales,
    (select json_agg(json_build_object('currency', sa.currency, 'amount', sa.revenue::text) order by sa.currency)
       from sa where sa.partner_id = p.id) as revenue,
    (select json_agg(json_build_object('currency', co.currency, 'amount', co.amount::text) order by co.currency)
       from co where co.partner_id = p.id) as commissions
  from p left join cl on cl.partner_id = p.id left join ld on ld.partner_id = p.id
)`,
    params: [
      ...partners.params,
      period.start,
      period.end,
      period.start,
      period.end,
      ...programParams,
      period.start,
      period.end,
      ...programParams,
      period.start,
      period.end,
      ...programParams,
    ],
  };
}

interface ActivityRow extends PartnerColumns {
  clicks: string;
  unique_clicks: string;
  leads: string;
  sales: string;
  revenue: Array<{ currency: string; amount: string }> | null;
  commissions: Array<{ currency: string; amount: string }> | null;
}

const ACTIVITY_SORT: Record<string, string> = {
  partner: 'r.code',
  name: 'lower(r.name)',
  clicks: 'r.clicks',
  uniqueClicks: 'r.unique_clicks',
  leads: 'r.leads',
  sales: 'r.sales',
};

const ACTIVITY_CSV: CsvColumn<ActivityReportRow>[] = [
  { header: 'partner_code', value: (row) => row.partner.code },
  { header: 'partner_name', value: (row) => row.partner.name },
  { header: 'clicks', value: (row) => row.clicks },
  { header: 'unique_clicks', value: (row) => row.uniqueClicks },
  { header: 'leads', value: (row) => row.leads },
  { header: 'sales', value: (row) => row.sales },
  { header: 'revenue', value: (row) => csvAmounts(row.revenue) },
  { header: 'commissions', value: (row) => csvAmounts(row.commissions) },
];

const LINK_SORT: Record<string, string> = {
  name: 'lower(r.name)',
  clicks: 'r.clicks',
  uniqueClicks: 'r.unique_clicks',
  botClicks: 'r.bot_clicks',
  partners: 'r.partners',
};

const LINK_CSV: CsvColumn<LinkReportRow>[] = [
  { header: 'link', value: (row) => row.name },
  { header: 'slug', value: (row) => row.slug },
  { header: 'clicks', value: (row) => row.clicks },
  { header: 'unique_clicks', value: (row) => row.uniqueClicks },
  { header: 'bot_clicks', value: (row) => row.botClicks },
  { header: 'partners', value: (row) => row.partners },
];

const LEAD_SORT: Record<string, string> = {
  occurredAt: 'r.occurred_at',
  partner: 'r.code',
  customer: 'r.customer_email',
};

const LEAD_CSV: CsvColumn<LeadReportRow>[] = [
  { header: 'occurred_at', value: (row) => row.occurredAt.toISOString() },
  { header: 'lead', value: (row) => row.externalId },
  { header: 'partner_code', value: (row) => row.partner.code },
  { header: 'customer_email', value: (row) => row.customerEmail },
  { header: 'weight_bps', value: (row) => row.weightBps },
];

const REFERRAL_SORT: Record<string, string> = {
  since: 'r.since',
  partner: 'r.code',
  customer: 'r.customer_email',
};

const REFERRAL_CSV: CsvColumn<ReferralReportRow>[] = [
  { header: 'since', value: (row) => row.since.toISOString() },
  { header: 'customer', value: (row) => row.externalId },
  { header: 'customer_email', value: (row) => row.email },
  { header: 'customer_name', value: (row) => row.name },
  { header: 'partner_code', value: (row) => row.partner.code },
  { header: 'via', value: (row) => row.via },
];

/** Activity reports for admins: per partner, per tracking link, leads, referred customers. */
export class ActivityReportQueries {
  async activity(em: EntityManager, args: ReportArgs): Promise<ActivityReport> {
    const period = await resolvePeriod(em, args);
    const base = activitySql(partnerFilter(args, period), period);
    const result = await runPage<ActivityRow>(
      em,
      {
        text: `${base.text}
select r.*, count(*) over () as total_count from r
where r.clicks > 0 or r.leads > 0 or r.sales > 0 or r.commissions is not null`,
        params: base.params,
      },
      orderAndPage(args, ACTIVITY_SORT, { by: 'sales', descending: true }, 'r.code'),
    );
    const rows = result.rows.map(activityRow);
    return withCsv({ period: periodView(period), rows, pageInfo: result.pageInfo }, ACTIVITY_CSV, () => rows);
  }

  async links(em: EntityManager, args: ReportArgs): Promise<LinkReport> {
    const period = await resolvePeriod(em, args);
    const partners = partnerFilter(args, period);
    const result = await runPage<{
      link_key: string;
      name: string;
      slug: string | null;
      clicks: string;
      unique_clicks: string;
      bot_clicks: string;
      partners: string;
      total_count: string;
    }>(
      em,
      {
        text: `with p as (${partners.text}),
s as (
  select s.link_key, sum(s.raw_count) as clicks, sum(s.unique_count) as unique_clicks,
    sum(s.bot_count) as bot_clicks, count(distinct s.partner_id) as partners
  from click_stats_hourly s join p on p.id = s.partner_id
  where s.hour >= ? and s.hour < ? group by s.link_key
), r as (
  select s.*, case when s.link_key = 'default' then 'Default link and deep links'
    else coalesce(t.name, 'Removed link') end as name, t.slug
  from s left join tracking_links t on t.id::text = s.link_key
)
select r.*, count(*) over () as total_count from r`,
        params: [...partners.params, period.start, period.end],
      },
      orderAndPage(args, LINK_SORT, { by: 'clicks', descending: true }, 'r.link_key'),
    );
    const rows: LinkReportRow[] = result.rows.map((row) => ({
      linkKey: row.link_key,
      name: row.name,
      slug: row.slug,
      clicks: Number(row.clicks),
      uniqueClicks: Number(row.unique_clicks),
      botClicks: Number(row.bot_clicks),
      partners: Number(row.partners),
    }));
    return withCsv({ period: periodView(period), rows, pageInfo: result.pageInfo }, LINK_CSV, () => rows);
  }

  async leads(em: EntityManager, args: ReportArgs): Promise<LeadReport> {
    const period = await resolvePeriod(em, args);
    const partners = partnerFilter(args, period);
    const program = period.programId ? ' and x.attribution_program_id = ?' : '';
    const result = await runPage<
      PartnerColumns & {
        lead_id: string;
        external_id: string;
        occurred_at: Date;
        customer_email: string | null;
        weight_bps: number;
      }
    >(
      em,
      {
        text: `with p as (${partners.text}),
r as (
  select x.id as lead_id, x.external_id, x.occurred_at, (cr ->> 'weightBps')::int as weight_bps,
    p.id as partner_id, p.code, p.name, p.email, p.status, cu.email as customer_email
  from leads x cross join lateral jsonb_array_elements(x.credits) cr
  join p on p.id = (cr ->> 'partnerId')::uuid
  left join customers cu on cu.id = x.customer_id
  where x.occurred_at >= ? and x.occurred_at < ?${program}
)
select r.*, count(*) over () as total_count from r`,
        params: [
          ...partners.params,
          period.start,
          period.end,
          ...(period.programId ? [period.programId] : []),
        ],
      },
      orderAndPage(args, LEAD_SORT, { by: 'occurredAt', descending: true }, 'r.lead_id, r.partner_id'),
    );
    const rows: LeadReportRow[] = result.rows.map((row) => ({
      leadId: row.lead_id,
      externalId: row.external_id,
      occurredAt: new Date(row.occurred_at),
      partner: partnerView(row),
      customerEmail: row.customer_email,
      weightBps: Number(row.weight_bps),
    }));
    return withCsv({ period: periodView(period), rows, pageInfo: result.pageInfo }, LEAD_CSV, () => rows);
  }

  /** Customers first seen in the period who belong to a partner (assigned by an admin, or referred). */
  async referrals(em: EntityManager, args: ReportArgs): Promise<ReferralReport> {
    const period = await resolvePeriod(em, args);
    const partners = partnerFilter(args, period);
    const result = await runPage<
      PartnerColumns & {
        customer_id: string;
        external_id: string | null;
        customer_email: string | null;
        customer_name: string | null;
        via: string;
        since: Date;
      }
    >(
      em,
      {
        text: `with p as (${partners.text}),
r as (
  select cu.id as customer_id, cu.external_id, cu.email as customer_email, cu.name as customer_name,
    case when cu.assigned_partner_id is not null then 'ASSIGNED' else 'REFERRED' end as via,
    cu.created_at as since, p.id as partner_id, p.code, p.name, p.email, p.status
  from customers cu join p on p.id = coalesce(cu.assigned_partner_id, cu.referred_by_id)
  where cu.created_at >= ? and cu.created_at < ?
)
select r.*, count(*) over () as total_count from r`,
        params: [...partners.params, period.start, period.end],
      },
      orderAndPage(args, REFERRAL_SORT, { by: 'since', descending: true }, 'r.customer_id'),
    );
    const rows: ReferralReportRow[] = result.rows.map((row) => ({
      customerId: row.customer_id,
      externalId: row.external_id,
      email: row.customer_email,
      name: row.customer_name,
      partner: partnerView(row),
      via: row.via,
      since: new Date(row.since),
    }));
    return withCsv({ period: periodView(period), rows, pageInfo: result.pageInfo }, REFERRAL_CSV, () => rows);
  }
}

export function activityRow(row: ActivityRow): ActivityReportRow {
  return {
    partner: partnerView(row),
    clicks: Number(row.clicks),
    uniqueClicks: Number(row.unique_clicks),
    leads: Number(row.leads),
    sales: Number(row.sales),
    revenue: amounts(row.revenue),
    commissions: amounts(row.commissions),
  };
}
