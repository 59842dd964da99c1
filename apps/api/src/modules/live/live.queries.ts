import { type EntityManager } from '@mikro-orm/postgresql';
import { addDaysToDayKey, formatMoney, localDayKey, zonedDayStart } from '@partnerkit/domain';
import { parseId } from '../../common/ids.js';
import { MoneyType } from '../../graphql/money.type.js';
import { Commission } from '../../kernel/commission.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { BalanceQueries } from '../commissions/balance.queries.js';
import { type CommissionService } from '../commissions/commission.service.js';
import { type LiveActivity, LiveActivityKind, type LiveCounters, type LiveStats } from './live.type.js';

/** Days of the period (today and the days before it). */
export const PERIOD_DAYS = 30;

const money = (amountMinor: bigint, currency: string): MoneyType => MoneyType.of({ amountMinor, currency });

interface DayRow {
  day: string;
  clicks: string;
  unique_clicks: string;
  leads: string;
  sales: string;
}

/**
 * Reads the live counters of one partner (or of every partner): clicks from the hourly rollup, leads and
 * sales credited (by the orders' and leads' credits), commissions created, the payable balance. Each read is
 * bounded by the period, so it costs the same on a large history.
 */
export class LiveQueries {
  constructor(
    private readonly commissions: CommissionService,
    private readonly balances = new BalanceQueries(),
  ) {}

  async stats(em: EntityManager, partnerId: string | null, now = new Date()): Promise<LiveStats> {
    const id = partnerId === null ? null : parseId(partnerId, 'partnerId');
    const timeZone = await this.timeZone(em, id);
    const today = localDayKey(now, timeZone);
    const todayStart = zonedDayStart(today, timeZone);
    const periodStart = zonedDayStart(addDaysToDayKey(today, -(PERIOD_DAYS - 1)), timeZone);
    const connection = em.getConnection();
    const byPartner = (column: string) => (id ? ` and ${column} = ?` : '');
    const credited = id ? ` and credits @> ?::jsonb` : '';
    const partnerParam = id ? [id] : [];
    const creditParam = id ? [JSON.stringify([{ partnerId: id }])] : [];
    const dayOf = (column: string) => `to_char(${column} at time zone ?, 'YYYY-MM-DD')`;

    const rows = await connection.execute<DayRow[]>(
      `with clicks as (
         select ${dayOf('hour')} as day, sum(raw_count) as clicks, sum(unique_count) as unique_clicks
           from click_stats_hourly where hour >= ?${byPartner('partner_id')} group by 1
       ), leads as (
         select ${dayOf('occurred_at')} as day, count(*) as leads
           from leads where occurred_at >= ?${credited} group by 1
       ), sales as (
         select ${dayOf('ordered_at')} as day, count(*) as sales
           from orders where ordered_at >= ?${credited} group by 1
       )
       select coalesce(c.day, l.day, s.day) as day, coalesce(c.clicks, 0) as clicks,
              coalesce(c.unique_clicks, 0) as unique_clicks, coalesce(l.leads, 0) as leads,
              coalesce(s.sales, 0) as sales
         from clicks c full join leads l on l.day = c.day full join sales s on s.day = coalesce(c.day, l.day)`,
      [
        timeZone,
        periodStart,
        ...partnerParam,
        timeZone,
        periodStart,
        ...creditParam,
        timeZone,
        periodStart,
        ...creditParam,
      ],
    );
    const commissionRows = await connection.execute<
      Array<{ currency: string; today: string; period: string }>
    >(
      `select currency,
              sum(case when created_at >= ? then amount_minor - reversed_minor else 0 end) as today,
              sum(amount_minor - reversed_minor) as period
         from commissions where created_at >= ?${byPartner('partner_id')}
        group by currency order by currency`,
      [todayStart, periodStart, ...partnerParam],
    );

    const byDay = new Map(rows.map((row) => [row.day, row]));
    const days = Array.from({ length: PERIOD_DAYS }, (_, index) => {
      const day = addDaysToDayKey(today, index - (PERIOD_DAYS - 1));
      const row = byDay.get(day);
      return {
        day,
        clicks: Number(row?.clicks ?? 0),
        uniqueClicks: Number(row?.unique_clicks ?? 0),
        leads: Number(row?.leads ?? 0),
        sales: Number(row?.sales ?? 0),
      };
    });
    const sum = (list: typeof days, from: Date): Omit<LiveCounters, 'commissions'> => ({
      from,
      clicks: list.reduce((total, day) => total + day.clicks, 0),
      uniqueClicks: list.reduce((total, day) => total + day.uniqueClicks, 0),
      leads: list.reduce((total, day) => total + day.leads, 0),
      sales: list.reduce((total, day) => total + day.sales, 0),
    });
    return {
      partnerId: id,
      timeZone,
      periodDays: PERIOD_DAYS,
      at: now,
      today: {
        ...sum(days.slice(-1), todayStart),
        commissions: commissionRows
          .filter((row) => BigInt(row.today) !== 0n)
          .map((row) => money(BigInt(row.today), row.currency)),
      },
      period: {
        ...sum(days, periodStart),
        commissions: commissionRows.map((row) => money(BigInt(row.period), row.currency)),
      },
      payable: await this.payable(em, id, now),
      days,
    };
  }

  /** What the event says happened, for the partner it concerns (null: nothing to show for this partner). */
  async activity(
    em: EntityManager,
    event: Record<string, unknown>,
    partnerId: string | null,
  ): Promise<LiveActivity | null> {
    const base = { partnerId, count: null, amount: null, status: null, recordId: null };
    if (typeof event.count === 'number') {
      const unique = typeof event.uniqueCount === 'number' ? event.uniqueCount : 0;
      return {
        ...base,
        kind: LiveActivityKind.CLICKS,
        at: event.at instanceof Date ? event.at : new Date(),
        count: event.count,
        summary: `${event.count} ${event.count === 1 ? 'click' : 'clicks'} (${unique} unique)`,
      };
    }
    if (typeof event.leadId === 'string') {
      return {
        ...base,
        kind: LiveActivityKind.LEAD,
        at: new Date(),
        recordId: event.leadId,
        summary: 'A lead',
      };
    }
    if (typeof event.orderId === 'string') {
      return {
        ...base,
        kind: LiveActivityKind.SALE,
        at: new Date(),
        recordId: event.orderId,
        summary: 'A sale',
      };
    }
    if (partnerId === null) return null;
    if (typeof event.commissionId === 'string') {
      const commission = await em.findOne(Commission, { id: event.commissionId, partner: partnerId });
      if (!commission) return null;
      const status = this.commissions.status(commission);
      const amount = money(commission.amountMinor - commission.reversedMinor, commission.currency);
      return {
        ...base,
        kind: LiveActivityKind.COMMISSION,
        at: new Date(),
        amount,
        status,
        recordId: commission.id,
        summary: `Commission ${formatMoney({ amountMinor: commission.amountMinor, currency: commission.currency })} (level ${commission.level}): ${status.toLowerCase()}`,
      };
    }
    if (typeof event.entryId === 'string') {
      const entry = await em.findOne(LedgerEntry, { id: event.entryId, partner: partnerId });
      if (!entry) return null;
      const payment = entry.kind === 'PAYMENT';
      return {
        ...base,
        kind: payment ? LiveActivityKind.PAYMENT : LiveActivityKind.LEDGER,
        at: entry.effectiveAt,
        amount: money(entry.amountMinor, entry.currency),
        recordId: entry.id,
        summary: `${payment ? 'Payment' : entry.kind.toLowerCase()} ${formatMoney({ amountMinor: entry.amountMinor, currency: entry.currency })}`,
      };
    }
    return null;
  }

  /** The day boundaries: the partner's first program's time zone (by priority), or the first program's. */
  private async timeZone(em: EntityManager, partnerId: string | null): Promise<string> {
    if (partnerId) {
      const partner = await em.findOne(Partner, { id: partnerId }, { populate: ['programs'] });
      const [first] = (partner?.programs.getItems() ?? []).sort(
        (a, b) => a.priority - b.priority || a.createdAt.getTime() - b.createdAt.getTime(),
      );
      if (first) return first.timeZone;
    }
    const [program] = await em.find(
      Program,
      {},
      { orderBy: { priority: 'asc', createdAt: 'asc' }, limit: 1 },
    );
    return program?.timeZone ?? 'UTC';
  }

  private async payable(em: EntityManager, partnerId: string | null, now: Date): Promise<MoneyType[]> {
    if (partnerId) {
      return (await this.balances.ofPartner(em, partnerId, now)).map((balance) =>
        MoneyType.of(balance.payable),
      );
    }
    // Every partner: running totals less what is in its hold or waiting for review.
    const rows = await em.getConnection().execute<Array<{ currency: string; payable: string }>>(
      `with totals as (select currency, sum(total_minor) as total from partner_balances group by currency),
       held as (
         select currency, sum(amount_minor) as held from (
           select currency, amount_minor from ledger_entries where available_at > ?
           union all
           select e.currency, e.amount_minor from ledger_entries e join commissions c on c.id = e.commission_id
            where c.review = 'FLAGGED' and c.voided_at is null and e.available_at <= ?
         ) h group by currency)
       select t.currency, t.total - coalesce(h.held, 0) as payable
         from totals t left join held h on h.currency = t.currency order by t.currency`,
      [now, now],
    );
    return rows.map((row) => money(BigInt(row.payable), row.currency));
  }
}
