import { type EntityManager } from '@mikro-orm/postgresql';
import { assertCurrency, isDomainError } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { PayoutMethod } from '../../kernel/partner.entity.js';
import { moneyView } from '../commissions/commission.queries.js';
import { type LedgerEntriesReportArgs, type ReportArgs } from './reports.args.js';
import { firstEntryAt, ledgerSumsSql } from './ledger-sums.js';
import { csvAmount, withCsv, type CsvColumn } from './report-csv.js';
import { orderAndPage, partnerFilter, resolvePeriod, run, runPage, type ReportPeriod } from './report-sql.js';
import {
  type LedgerEntriesReport,
  type LedgerReport,
  type LedgerReportRow,
  type LedgerReportTotal,
  type ReportLedgerEntry,
  type ReportPeriodType,
} from './reports.type.js';

const KINDS = ['COMMISSION', 'CLAWBACK', 'PAYMENT', 'ADJUSTMENT'] as const;
const COLUMNS = ['beginning', 'commissions', 'clawbacks', 'payments', 'adjustments', 'ending'] as const;

interface SumsRow {
  partner_id: string;
  code: string;
  name: string;
  email: string;
  status: string;
  currency: string;
  beginning: string;
  commissions: string;
  clawbacks: string;
  payments: string;
  adjustments: string;
  ending: string;
  /** Totals only: the count of the currency's rows. */
  partners: string | null;
  /** Page rows only: the row's place in the report's order. */
  ordinal: string | null;
}

const LEDGER_SORT: Record<string, string> = {
  partner: 'p.code',
  name: 'lower(p.name)',
  currency: 'r.currency',
  ...Object.fromEntries(COLUMNS.map((column) => [column, `r.${column}`])),
};

export const periodView = (period: ReportPeriod): ReportPeriodType => ({
  from: period.fromDay,
  to: period.toDay,
  timeZone: period.timeZone,
  startsAt: period.start,
  endsAt: period.end,
});

export const partnerView = (row: {
  partner_id: string;
  code: string;
  name: string;
  email: string;
  status: string;
}) => ({
  id: row.partner_id,
  code: row.code,
  name: row.name,
  email: row.email,
  status: row.status,
});

const LEDGER_CSV: CsvColumn<LedgerReportRow>[] = [
  { header: 'partner_code', value: (row) => row.partner.code },
  { header: 'partner_name', value: (row) => row.partner.name },
  { header: 'currency', value: (row) => row.currency },
  ...COLUMNS.map((column) => ({ header: column, value: (row: LedgerReportRow) => csvAmount(row[column]) })),
];

const ENTRY_SORT: Record<string, string> = {
  effectiveAt: 'e.effective_at',
  amount: 'e.amount_minor',
  partner: 'p.code',
  kind: 'e.kind',
  currency: 'e.currency',
  method: 'e.method',
  payoutBatchId: 'e.payout_batch_id',
};

interface EntryRow {
  id: string;
  kind: string;
  amount_minor: string;
  currency: string;
  effective_at: Date;
  available_at: Date;
  commission_id: string | null;
  refund_id: string | null;
  payout_batch_id: string | null;
  method: string | null;
  reference: string | null;
  reason: string | null;
  admin_id: string | null;
  partner_id: string;
  code: string;
  name: string;
  email: string;
  status: string;
  commission_kind: string | null;
  level: number | null;
  order_id: string | null;
  order_external_id: string | null;
  lead_id: string | null;
  lead_external_id: string | null;
  customer_email: string | null;
  refund_external_id: string | null;
  admin_email: string | null;
  total_count: string;
}

function causeKind(row: EntryRow): string {
  if (row.kind === 'PAYMENT') return 'PAYOUT';
  if (row.kind === 'ADJUSTMENT') return 'ADJUSTMENT';
  if (row.refund_id) return 'REFUND';
  if (row.admin_id) return 'REVIEW';
  return row.commission_kind === 'LEAD' ? 'LEAD' : 'SALE';
}

const ENTRY_CSV: CsvColumn<ReportLedgerEntry>[] = [
  { header: 'effective_at', value: (row) => row.effectiveAt.toISOString() },
  { header: 'partner_code', value: (row) => row.partner.code },
  { header: 'kind', value: (row) => row.kind },
  { header: 'currency', value: (row) => row.amount.currency },
  { header: 'amount', value: (row) => csvAmount(row.amount) },
  { header: 'cause', value: (row) => row.cause.kind },
  { header: 'order', value: (row) => row.cause.orderExternalId },
  { header: 'lead', value: (row) => row.cause.leadExternalId },
  { header: 'refund', value: (row) => row.cause.refundExternalId },
  { header: 'level', value: (row) => row.cause.level },
  { header: 'payout_batch', value: (row) => row.cause.payoutBatchId },
  { header: 'method', value: (row) => row.cause.method },
  { header: 'reference', value: (row) => row.cause.reference },
  { header: 'reason', value: (row) => row.cause.reason },
  { header: 'admin', value: (row) => row.cause.adminEmail },
];

/** Reads of the ledger for admins: the period report per partner and currency, and its entries with their causes. */
export class LedgerReportQueries {
  async report(em: EntityManager, args: ReportArgs): Promise<LedgerReport> {
    const period = await resolvePeriod(em, args);
    const sums = ledgerSumsSql(partnerFilter(args, period), period.start, period.end, {
      first: await firstEntryAt(em),
      now: new Date(),
    });
    const page = orderAndPage(args, LEDGER_SORT, { by: 'partner', descending: false }, 'p.code, r.currency');
    // One statement: the page's rows (numbered in the report's order) and the totals per currency (no number).
    const all = await run<SumsRow>(em, {
      text: `${sums.text}
(select r.partner_id, p.code, p.name, p.email, p.status, r.currency, ${COLUMNS.map((c) => `r.${c}`).join(', ')},
  null::bigint as partners, row_number() over (order by ${page.orderBy}) as ordinal
from r join p on p.id = r.partner_id order by ordinal limit ? offset ?)
union all
(select null, null, null, null, null, r.currency, ${COLUMNS.map((c) => `sum(r.${c})`).join(', ')}, count(*), null
from r group by r.currency)`,
      params: [...sums.params, ...page.params],
    });
    const totals = all
      .filter((row) => row.ordinal === null)
      .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
    const pageRows = all
      .filter((row) => row.ordinal !== null)
      .sort((a, b) => Number(a.ordinal) - Number(b.ordinal));
    const totalCount = totals.reduce((n, row) => n + Number(row.partners), 0);
    const result = {
      rows: pageRows,
      pageInfo: {
        offset: page.offset,
        totalCount,
        hasNextPage: page.offset + pageRows.length < totalCount,
      },
    };
    const rows: LedgerReportRow[] = result.rows.map((row) => ({
      partner: partnerView(row),
      currency: row.currency,
      ...columnsOf(row, row.currency),
    }));
    return withCsv(
      {
        period: periodView(period),
        rows,
        totals: totals.map((row): LedgerReportTotal => ({
          currency: row.currency,
          partners: Number(row.partners),
          ...columnsOf(row, row.currency),
        })),
        pageInfo: result.pageInfo,
      },
      LEDGER_CSV,
      () => rows,
    );
  }

  /**
   * Ledger entries of the period with what caused each (the commission's order or lead and its customer,
   * the refund, the payout batch, the adjustment's admin and reason), in one statement: a report row's
   * drill-down (`partnerId` + `currency`), commissions and clawbacks, or payments.
   */
  async entries(em: EntityManager, args: LedgerEntriesReportArgs): Promise<LedgerEntriesReport> {
    const period = await resolvePeriod(em, args);
    const partners = partnerFilter(args, period);
    const where: string[] = ['e.effective_at >= ?', 'e.effective_at < ?'];
    const params: unknown[] = [...partners.params, period.start, period.end];
    if (args.partnerId) {
      where.push('e.partner_id = ?');
      params.push(parseId(args.partnerId, 'partnerId'));
    }
    if (args.currency) {
      try {
        params.push(assertCurrency(args.currency.trim().toUpperCase(), 'currency'));
      } catch (error) {
        if (isDomainError(error)) fail(error.code, error.message, 'currency');
        throw error;
      }
      where.push('e.currency = ?');
    }
    if (args.kinds && args.kinds.length > 0) {
      args.kinds.forEach((kind, index) => {
        if (!(KINDS as readonly string[]).includes(kind)) {
          fail('REPORT_FILTER_INVALID', `Kinds are ${KINDS.join(', ')}.`, `kinds[${index}]`);
        }
      });
      where.push(`e.kind in (${args.kinds.map(() => '?').join(', ')})`);
      params.push(...args.kinds);
    }
    if (args.method) {
      if (!(Object.values(PayoutMethod) as string[]).includes(args.method)) {
        fail('REPORT_FILTER_INVALID', `Methods are ${Object.values(PayoutMethod).join(', ')}.`, 'method');
      }
      where.push('e.method = ?');
      params.push(args.method);
    }
    if (args.payoutBatchId) {
      where.push('e.payout_batch_id = ?');
      params.push(parseId(args.payoutBatchId, 'payoutBatchId'));
    }
    const base = `with p as (${partners.text}),
m as (select e.* from ledger_entries e join p on p.id = e.partner_id where ${where.join(' and ')})`;
    const page = orderAndPage(args, ENTRY_SORT, { by: 'effectiveAt', descending: false }, 'e.id');
    const result = await runPage<EntryRow>(
      em,
      {
        text: `${base}
select e.id, e.kind, e.amount_minor, e.currency, e.effective_at, e.available_at, e.commission_id, e.refund_id,
  e.payout_batch_id, e.method, e.reference, e.reason, e.admin_id,
  p.id as partner_id, p.code, p.name, p.email, p.status,
  c.kind as commission_kind, c.level,
  o.id as order_id, o.external_id as order_external_id,
  l.id as lead_id, l.external_id as lead_external_id,
  cu.email as customer_email, rf.external_id as refund_external_id, a.email as admin_email,
  count(*) over () as total_count
from m e
join p on p.id = e.partner_id
left join commissions c on c.id = e.commission_id
left join orders o on c.kind = 'SALE' and o.id = c.source_id
left join leads l on c.kind = 'LEAD' and l.id = c.source_id
left join customers cu on cu.id = coalesce(o.customer_id, l.customer_id)
left join refunds rf on rf.id = case when e.refund_id ~ '^[0-9a-f-]{36}$' then e.refund_id::uuid end
left join admin_users a on a.id = e.admin_id`,
        params,
      },
      page,
    );
    const totals = await run<{ currency: string; total: string }>(em, {
      text: `${base} select currency, sum(amount_minor) as total from m group by currency order by currency`,
      params,
    });
    const rows: ReportLedgerEntry[] = result.rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      amount: moneyView(BigInt(row.amount_minor), row.currency),
      effectiveAt: new Date(row.effective_at),
      availableAt: new Date(row.available_at),
      partner: partnerView(row),
      cause: {
        kind: causeKind(row),
        commissionId: row.commission_id,
        level: row.level,
        orderId: row.order_id,
        orderExternalId: row.order_external_id,
        leadId: row.lead_id,
        leadExternalId: row.lead_external_id,
        customerEmail: row.customer_email,
        refundId: row.refund_id,
        refundExternalId: row.refund_external_id,
        payoutBatchId: row.payout_batch_id,
        method: row.method,
        reference: row.reference,
        reason: row.reason,
        adminEmail: row.admin_email,
      },
    }));
    return withCsv(
      {
        period: periodView(period),
        rows,
        totals: totals.map((row) => moneyView(BigInt(row.total), row.currency)),
        pageInfo: result.pageInfo,
      },
      ENTRY_CSV,
      () => rows,
    );
  }
}

function columnsOf(row: object, currency: string) {
  return Object.fromEntries(
    COLUMNS.map((column) => [
      column,
      moneyView(BigInt(String((row as Record<string, unknown>)[column] ?? 0)), currency),
    ]),
  ) as Record<(typeof COLUMNS)[number], ReturnType<typeof moneyView>>;
}
