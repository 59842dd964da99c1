import { type EntityManager } from '@mikro-orm/postgresql';
import { addDaysToDayKey } from '@partnerkit/domain';
import { moneyView } from '../commissions/commission.queries.js';
import { type MoneyType } from '../../graphql/money.type.js';
import { type DashboardArgs } from './reports.args.js';
import { activityRow, activitySql } from './activity-report.queries.js';
import { partnerFilter, resolvePeriod, run, type ReportPeriod } from './report-sql.js';
import { periodView } from './ledger-report.queries.js';
import { type Dashboard, type DashboardDay } from './reports.type.js';

interface DayRow {
  day: string;
  currency: string | null;
  n: string;
  amount: string | null;
  extra?: string;
}

/** `day` of a timestamp column in the period's time zone, as `YYYY-MM-DD`. */
const dayOf = (column: string) => `to_char(${column} at time zone ?, 'YYYY-MM-DD')`;

/**
 * The dashboard of a period and program: counts from the hourly click rollup, leads, orders and
 * commissions of the period (by their time indexes), what is payable now, payments of the period, top
 * partners, and the same per day of the program's time zone. Amounts per currency.
 */
export class DashboardQueries {
  async dashboard(em: EntityManager, args: DashboardArgs): Promise<Dashboard> {
    const period = await resolvePeriod(em, args);
    const filterArgs = { ...args, first: 5, offset: 0 };
    const partners = partnerFilter(filterArgs, period);
    const tz = period.timeZone;
    const range = [period.start, period.end];
    const program = (column: string) => (period.programId ? ` and ${column} = ?` : '');
    const programParams = period.programId ? [period.programId] : [];
    const partnerJoin = period.programId
      ? 'join partner_programs pp on pp.partner_id = s.partner_id and pp.program_id = ?'
      : '';

    const [clicks, leads, sales, commissions, paid, owed, top] = await Promise.all([
      run<DayRow>(em, {
        text: `select ${dayOf('s.hour')} as day, null as currency, sum(s.raw_count) as n, null as amount,
          sum(s.unique_count) as extra
        from click_stats_hourly s ${partnerJoin}
        where s.hour >= ? and s.hour < ? group by 1`,
        params: [tz, ...programParams, ...range],
      }),
      run<DayRow>(em, {
        text: `select ${dayOf('x.occurred_at')} as day, null as currency, count(*) as n, null as amount
        from leads x where x.occurred_at >= ? and x.occurred_at < ? and jsonb_array_length(x.credits) > 0
        ${program('x.attribution_program_id')} group by 1`,
        params: [tz, ...range, ...programParams],
      }),
      run<DayRow>(em, {
        text: `select ${dayOf('x.ordered_at')} as day, x.currency, count(*) as n, sum(x.total_minor) as amount
        from orders x where x.ordered_at >= ? and x.ordered_at < ? and jsonb_array_length(x.credits) > 0
        ${program('x.attribution_program_id')} group by 1, 2`,
        params: [tz, ...range, ...programParams],
      }),
      run<DayRow>(em, {
        text: `select ${dayOf('c.created_at')} as day, c.currency, count(*) as n, sum(c.amount_minor) as amount
        from commissions c where c.created_at >= ? and c.created_at < ? ${program('c.program_id')} group by 1, 2`,
        params: [tz, ...range, ...programParams],
      }),
      run<{ currency: string; amount: string }>(em, {
        text: `with p as (${partners.text})
        select e.currency, -sum(e.amount_minor) as amount from ledger_entries e join p on p.id = e.partner_id
        where e.kind = 'PAYMENT' and e.effective_at >= ? and e.effective_at < ?
        group by e.currency order by e.currency`,
        params: [...partners.params, ...range],
      }),
      this.owed(em, partners.text, partners.params),
      run<Parameters<typeof activityRow>[0]>(em, {
        text: `${activitySql(partners, period).text}
        select r.*, 0 as total_count from r where r.sales > 0 order by r.sales desc, r.code limit 5`,
        params: activitySql(partners, period).params,
      }),
    ]);

    const days = dayList(period);
    const byDay = new Map(days.map((day) => [day.day, day]));
    const add = (list: MoneyType[], row: DayRow) => {
      if (row.currency && row.amount != null) list.push(moneyView(BigInt(row.amount), row.currency));
    };
    for (const row of clicks) {
      const day = byDay.get(row.day);
      if (day) {
        day.clicks += Number(row.n);
        day.uniqueClicks += Number(row.extra ?? 0);
      }
    }
    for (const row of leads) {
      const day = byDay.get(row.day);
      if (day) day.leads += Number(row.n);
    }
    for (const row of sales) {
      const day = byDay.get(row.day);
      if (day) {
        day.sales += Number(row.n);
        add(day.revenue, row);
      }
    }
    for (const row of commissions) {
      const day = byDay.get(row.day);
      if (day) add(day.commissionsEarned, row);
    }
    const totalClicks = days.reduce((sum, day) => sum + day.clicks, 0);
    const uniqueClicks = days.reduce((sum, day) => sum + day.uniqueClicks, 0);
    const totalSales = days.reduce((sum, day) => sum + day.sales, 0);
    return {
      period: periodView(period),
      clicks: totalClicks,
      uniqueClicks,
      leads: days.reduce((sum, day) => sum + day.leads, 0),
      sales: totalSales,
      revenue: sumByCurrency(sales),
      commissionsEarned: sumByCurrency(commissions),
      owed,
      paid: paid.map((row) => moneyView(BigInt(row.amount), row.currency)),
      conversionRate: uniqueClicks > 0 ? totalSales / uniqueClicks : null,
      topPartners: top.map((row) => {
        const view = activityRow(row);
        return {
          partner: view.partner,
          sales: view.sales,
          revenue: view.revenue,
          commissions: view.commissions,
        };
      }),
      days: days.map(({ commissionsEarned, ...day }) => ({ ...day, commissions: commissionsEarned })),
    };
  }

  /**
   * What is payable now to the partners, per currency: each partner's total (running totals) less what is
   * still in its hold and what is flagged, counted only when above zero (a partner who owes money back
   * does not lower what is owed to the others). Reads the running totals, the entries still in their hold
   * (by `available_at`) and the entries of the few flagged commissions, never the whole ledger.
   */
  private async owed(em: EntityManager, partners: string, params: unknown[]): Promise<MoneyType[]> {
    const rows = await run<{ currency: string; amount: string }>(em, {
      text: `with p as (${partners}),
flagged_commissions as (
  select c.id from commissions c join p on p.id = c.partner_id where c.review = 'FLAGGED' and c.voided_at is null
), totals as (
  select b.partner_id, b.currency, sum(b.total_minor) as total from partner_balances b join p on p.id = b.partner_id
  group by 1, 2
), held as (
  select partner_id, currency, sum(amount) as held from (
    select e.partner_id, e.currency, e.amount_minor as amount from ledger_entries e join p on p.id = e.partner_id
    where e.available_at > now()
      and (e.commission_id is null or e.commission_id not in (select id from flagged_commissions))
    union all
    select e.partner_id, e.currency, e.amount_minor from ledger_entries e
    join flagged_commissions f on f.id = e.commission_id
  ) held_entries group by 1, 2
)
select t.currency, sum(greatest(t.total - coalesce(h.held, 0), 0)) as amount
from totals t left join held h on h.partner_id = t.partner_id and h.currency = t.currency
group by t.currency order by t.currency`,
      params,
    });
    return rows.map((row) => moneyView(BigInt(row.amount), row.currency));
  }
}

interface MutableDay extends Omit<DashboardDay, 'commissions'> {
  commissionsEarned: MoneyType[];
}

function dayList(period: ReportPeriod): MutableDay[] {
  const days: MutableDay[] = [];
  for (let day = period.fromDay; day <= period.toDay; day = addDaysToDayKey(day, 1)) {
    days.push({ day, clicks: 0, uniqueClicks: 0, leads: 0, sales: 0, revenue: [], commissionsEarned: [] });
  }
  return days;
}

function sumByCurrency(rows: DayRow[]): MoneyType[] {
  const sums = new Map<string, bigint>();
  for (const row of rows) {
    if (row.currency && row.amount != null) {
      sums.set(row.currency, (sums.get(row.currency) ?? 0n) + BigInt(row.amount));
    }
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, amount]) => moneyView(amount, currency));
}
