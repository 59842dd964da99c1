import { type EntityManager } from '@mikro-orm/postgresql';
import { type LedgerSumGrain } from './ledger-period-sum.entity.js';
import { run, type Sql } from './report-sql.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * One part of a sum of ledger entries: the rollup buckets of `grain` with `from <= bucket < to` (year 1 and
 * 9999 stand for no bound), or (`RAW`) the entries themselves with `from <= effective_at < to`, added (`sign`
 * 1) or taken away (-1).
 */
export interface LedgerSumPiece {
  grain: LedgerSumGrain | 'RAW';
  from: Date;
  to: Date;
  sign: 1 | -1;
}

/** Which way {@link balancePieces} reaches an instant: up from the first month, or down from all time. */
export type LedgerSumSide = 'before' | 'after';

const dayFloor = (t: Date) => new Date(Math.floor(t.getTime() / DAY_MS) * DAY_MS);
const dayCeil = (t: Date) => new Date(Math.ceil(t.getTime() / DAY_MS) * DAY_MS);
const monthFloor = (t: Date) => new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1));
const nextMonth = (t: Date) => new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
const months = (from: Date, to: Date) =>
  Math.max(0, (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth());
const days = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / DAY_MS);
const hours = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / HOUR_MS);
const minDate = (a: Date, b: Date) => (a < b ? a : b);
const EPOCH = new Date(0);
const BEGINNING_OF_TIME = new Date('0001-01-01T00:00:00Z');
const END_OF_TIME = new Date(Date.UTC(9999, 0, 1));

/**
 * The entries with `effective_at < t` (a partner's balance at `t`, per kind) as rollup buckets plus raw
 * entries, exactly, whatever `t` is (a day of any time zone starts at any minute of a UTC day):
 *
 * - `before`: the UTC months before `t`'s month, the UTC days of its month before `t`'s day, and the
 *   entries of `t`'s UTC day before `t`;
 * - `after`: all time, minus the months after `t`'s month, minus the days of its month from the day after
 *   `t`, minus the entries of `t`'s day from `t` on.
 *
 * Without `side`, the one with fewer rows to read: months and days are weighed by how many there are between
 * the first entry (`first`) and `t`, or between `t` and `now` (after it there are no entries, normally:
 * a later one is still counted, only slower); an hour of raw entries weighs a sixth of a day of buckets.
 */
export function balancePieces(
  t: Date,
  context: { first: Date | null; now: Date },
  side?: LedgerSumSide,
): LedgerSumPiece[] {
  const d0 = dayFloor(t);
  const d1 = dayCeil(t);
  const m0 = monthFloor(t);
  // The first month that lies entirely at or after t.
  const m1 = m0.getTime() === t.getTime() ? m0 : nextMonth(m0);
  const before: LedgerSumPiece[] = [
    { grain: 'MONTH', from: BEGINNING_OF_TIME, to: m0, sign: 1 },
    { grain: 'DAY', from: m0, to: d0, sign: 1 },
    { grain: 'RAW', from: d0, to: t, sign: 1 },
  ];
  const after: LedgerSumPiece[] = [
    { grain: 'ALL', from: EPOCH, to: new Date(1), sign: 1 },
    { grain: 'MONTH', from: m1, to: END_OF_TIME, sign: -1 },
    { grain: 'DAY', from: d1, to: m1, sign: -1 },
    { grain: 'RAW', from: t, to: d1, sign: -1 },
  ];
  let chosen = side;
  if (!chosen) {
    const first = context.first ?? t;
    const now = context.now;
    const costBefore =
      1.5 * months(first, minDate(m0, now)) + days(first > m0 ? first : m0, d0) + hours(d0, t) / 6;
    const costAfter =
      1.5 + 1.5 * months(m1, now) + days(d1, minDate(m1, dayCeil(now))) + hours(t, minDate(d1, now)) / 6;
    chosen = costBefore <= costAfter ? 'before' : 'after';
  }
  return (chosen === 'before' ? before : after).filter((piece) => piece.from < piece.to);
}

const KIND_COLUMNS = [
  ['COMMISSION', 'commission_minor', 'c'],
  ['CLAWBACK', 'clawback_minor', 'cl'],
  ['PAYMENT', 'payment_minor', 'pa'],
  ['ADJUSTMENT', 'adjustment_minor', 'ad'],
] as const;

/** The report's columns, in the order of {@link piecesSql}'s rows. */
const REPORT_COLUMNS = ['beginning', 'commissions', 'clawbacks', 'payments', 'adjustments', 'ending', 'n'];

/**
 * One boundary's pieces as rows of what they add to the report's columns (`partner_id, currency, beginning,
 * commissions, clawbacks, payments, adjustments, ending, n`): the balance at the start is the beginning and is
 * taken from the four period columns; the balance at the end is the ending (with its entry count) and is
 * added to them. So the report is one plain `sum` per column over all pieces.
 */
function piecesSql(pieces: LedgerSumPiece[], boundary: 'start' | 'end'): Sql[] {
  return pieces.map((piece) => {
    const sign = boundary === 'end' ? piece.sign : -piece.sign;
    const signed = (value: string) => (sign === 1 ? value : `-${value}`);
    const balance = (value: string) => (piece.sign === 1 ? value : `-${value}`);
    if (piece.grain === 'RAW') {
      const kinds = KIND_COLUMNS.map(
        ([kind]) => `case when e.kind = '${kind}' then ${signed('e.amount_minor')} else 0 end`,
      );
      const cells =
        boundary === 'start'
          ? [balance('e.amount_minor'), ...kinds, '0', '0']
          : ['0', ...kinds, balance('e.amount_minor'), balance('1')];
      return {
        text: `select e.partner_id, e.currency, ${cells.map((cell, i) => `${cell} as ${REPORT_COLUMNS[i]}`).join(', ')}
  from ledger_entries e where e.effective_at >= ? and e.effective_at < ?`,
        params: [piece.from, piece.to],
      };
    }
    // The first and last months have no bound: exact for any instant PostgreSQL can store.
    const bounds = {
      text: `${piece.from > BEGINNING_OF_TIME ? ' and s.bucket >= ?' : ''}${piece.to < END_OF_TIME ? ' and s.bucket < ?' : ''}`,
      params: [
        ...(piece.from > BEGINNING_OF_TIME ? [piece.from] : []),
        ...(piece.to < END_OF_TIME ? [piece.to] : []),
      ],
    };
    const kinds = KIND_COLUMNS.map(([, column]) => signed(`s.${column}`));
    const total = `(${KIND_COLUMNS.map(([, column]) => `s.${column}`).join(' + ')})`;
    const cells =
      boundary === 'start'
        ? [balance(total), ...kinds, '0', '0']
        : ['0', ...kinds, balance(total), balance('s.entry_count')];
    return {
      text: `select s.partner_id, s.currency, ${cells.map((cell, i) => `${cell} as ${REPORT_COLUMNS[i]}`).join(', ')}
  from ledger_period_sums s where s.grain = '${piece.grain}'${bounds.text}`,
      params: bounds.params,
    };
  });
}

/** The first entry's instant (by the `effective_at` index), for {@link balancePieces}' choice. */
export async function firstEntryAt(em: EntityManager): Promise<Date | null> {
  const [row] = await run<{ first: Date | null }>(em, {
    text: 'select min(effective_at) as first from ledger_entries',
    params: [],
  });
  return row?.first ? new Date(row.first) : null;
}

/**
 * The ledger report's sums per partner and currency as the CTEs `p` (the partners) and `r` (`partner_id,
 * currency, beginning, commissions, clawbacks, payments, adjustments, ending`): each column is a difference of
 * the balances per kind at the period's start and end, and each balance is read from the rollup
 * `ledger_period_sums` plus the raw entries of the boundary's partial UTC day ({@link balancePieces}), so the
 * statement reads a few buckets per partner instead of every entry of the period, and is exact for every time
 * zone. Rows are the partners and currencies with an entry before the period's end, exactly as the domain's
 * `ledgerReport` defines them. When `partners.everyone` (no filter) the rows are not matched against `p`: every
 * entry's partner exists (foreign key).
 */
export function ledgerSumsSql(
  partners: Sql & { everyone?: boolean },
  start: Date,
  end: Date,
  context: { first: Date | null; now: Date },
  sides: { start?: LedgerSumSide; end?: LedgerSumSide } = {},
): Sql {
  const pieces = [
    ...piecesSql(balancePieces(start, context, sides.start), 'start'),
    ...piecesSql(balancePieces(end, context, sides.end), 'end'),
  ];
  const none = `select null::uuid as partner_id, null::text as currency, ${REPORT_COLUMNS.map((c) => `0 as ${c}`).join(', ')} where false`;
  return {
    text: `with p as (${partners.text}),
x as (${pieces.length ? pieces.map((piece) => piece.text).join('\nunion all\n') : none}),
r as materialized (
  select x.partner_id, x.currency, ${REPORT_COLUMNS.slice(0, 6)
    .map((c) => `sum(x.${c}) as ${c}`)
    .join(', ')}
  from x${partners.everyone ? '' : ' where x.partner_id in (select p.id from p)'}
  group by x.partner_id, x.currency
  having sum(x.n) > 0
)`,
    params: [...partners.params, ...pieces.flatMap((piece) => piece.params)],
  };
}
