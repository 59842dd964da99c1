import { type EntityManager } from '@mikro-orm/postgresql';
import {
  LedgerErrorCode,
  addDaysToDayKey,
  assertTimeZone,
  isDomainError,
  zonedDayStart,
} from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { containsPattern } from '../../common/search.js';
import { type ReportArgs } from './reports.args.js';

/** The longest period a report or the dashboard covers. */
export const MAX_REPORT_DAYS = 400;
export const MAX_REPORT_PAGE = 200;
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const CUSTOM_FIELD_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;

/** A report period: calendar days `[fromDay, toDay]` of `timeZone`, as the instants `[start, end)`. */
export interface ReportPeriod {
  fromDay: string;
  toDay: string;
  timeZone: string;
  start: Date;
  end: Date;
  /** The program the report is limited to, if any. */
  programId: string | null;
}

/** A piece of SQL with its `?` parameters. */
export interface Sql {
  text: string;
  params: unknown[];
}

function dayStart(day: string, timeZone: string, field: string): Date {
  if (!DAY_KEY.test(day)) fail('TIME_DAY_KEY_INVALID', `${field} is a day as YYYY-MM-DD.`, field);
  try {
    return zonedDayStart(day, timeZone);
  } catch (error) {
    if (isDomainError(error)) fail(error.code, error.message, field);
    throw error;
  }
}

/**
 * Resolves `from`/`to` (days, both included) in the time zone of the program (else of the first program
 * by priority, else UTC). Refuses an unknown program (`PROGRAM_NOT_FOUND`), a period that ends before it
 * starts (`LEDGER_PERIOD_INVALID`, field `to`) and one longer than {@link MAX_REPORT_DAYS}.
 */
export async function resolvePeriod(
  em: EntityManager,
  args: { from: string; to: string; programId?: string | null },
): Promise<ReportPeriod> {
  const programId = args.programId ? parseId(args.programId, 'programId') : null;
  const rows = await em
    .getConnection()
    .execute<Array<{ id: string; time_zone: string }>>(
      programId
        ? 'select id, time_zone from programs where id = ?'
        : 'select id, time_zone from programs order by priority, created_at limit 1',
      programId ? [programId] : [],
    );
  if (programId && rows.length === 0) fail('PROGRAM_NOT_FOUND', 'Program not found.', 'programId');
  const timeZone = assertTimeZone(rows[0]?.time_zone ?? 'UTC');
  const start = dayStart(args.from, timeZone, 'from');
  const last = dayStart(args.to, timeZone, 'to');
  if (args.to < args.from) {
    fail(LedgerErrorCode.PeriodInvalid, 'The period ends before it starts.', 'to');
  }
  const end = zonedDayStart(addDaysToDayKey(args.to, 1), timeZone);
  if ((last.getTime() - start.getTime()) / 86_400_000 >= MAX_REPORT_DAYS) {
    fail('REPORT_PERIOD_TOO_LONG', `A report covers at most ${MAX_REPORT_DAYS} days.`, 'to');
  }
  return { fromDay: args.from, toDay: args.to, timeZone, start, end, programId };
}

/**
 * The partners a report is about, as a `select id from partners p where ...` (program, status, parent,
 * search, custom field: the filters of `partners(...)`); `everyone` when nothing filters them.
 */
export function partnerFilter(args: ReportArgs, period: ReportPeriod): Sql & { everyone: boolean } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (period.programId) {
    where.push('exists (select 1 from partner_programs pp where pp.partner_id = p.id and pp.program_id = ?)');
    params.push(period.programId);
  }
  if (args.status) {
    where.push('p.status = ?');
    params.push(args.status);
  }
  if (args.parentId) {
    where.push('p.parent_id = ?');
    params.push(parseId(args.parentId, 'parentId'));
  }
  const search = args.search?.trim();
  if (search) {
    const pattern = containsPattern(search);
    where.push('(p.code ilike ? or p.name ilike ? or p.email ilike ?)');
    params.push(pattern, pattern, pattern);
  }
  if (args.customField) {
    const key = args.customField.key.trim();
    if (!CUSTOM_FIELD_KEY.test(key)) {
      fail('CUSTOM_FIELD_KEY_INVALID', 'A custom field key is letters, digits or "_".', 'customField.key');
    }
    where.push('p.custom_fields ->> ? = ?');
    params.push(key, args.customField.value);
  }
  return {
    text: `select p.id, p.code, p.name, p.email, p.status from partners p${where.length ? ` where ${where.join(' and ')}` : ''}`,
    params,
    everyone: where.length === 0,
  };
}

/**
 * `order by ... limit ... offset ...` of a report: `sortBy` must be a key of `sortable` (the SQL it sorts
 * by), else `REPORT_SORT_INVALID`; `tieBreak` makes pages stable (`orderBy` is the order without the page). `first` 1..200, `offset` >= 0.
 */
export function orderAndPage(
  args: { sortBy?: string | null; descending?: boolean | null; first: number; offset: number },
  sortable: Readonly<Record<string, string>>,
  defaultSort: { by: string; descending: boolean },
  tieBreak: string,
): Sql & { first: number; offset: number; sortBy: string; orderBy: string } {
  const sortBy = args.sortBy ?? defaultSort.by;
  if (!Object.hasOwn(sortable, sortBy)) {
    fail('REPORT_SORT_INVALID', `Sort by one of: ${Object.keys(sortable).join(', ')}.`, 'sortBy');
  }
  if (!Number.isSafeInteger(args.first) || args.first < 1 || args.first > MAX_REPORT_PAGE) {
    fail('REPORT_PAGE_INVALID', `A page has 1 to ${MAX_REPORT_PAGE} rows.`, 'first');
  }
  if (!Number.isSafeInteger(args.offset) || args.offset < 0) {
    fail('REPORT_PAGE_INVALID', 'offset is 0 or more.', 'offset');
  }
  const direction = (args.descending ?? (args.sortBy ? false : defaultSort.descending)) ? 'desc' : 'asc';
  const orderBy = `${sortable[sortBy]} ${direction} nulls last, ${tieBreak}`;
  return {
    text: ` order by ${orderBy} limit ? offset ?`,
    orderBy,
    params: [args.first, args.offset],
    first: args.first,
    offset: args.offset,
    sortBy,
  };
}

/** Runs a report's SQL in the request's transaction context. */
export function run<T>(em: EntityManager, sql: Sql): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql.text, sql.params, 'all', em.getTransactionContext());
}

/** A page of report rows whose SQL selects `count(*) over () as total_count`. */
export interface ReportPage<T> {
  rows: T[];
  pageInfo: { offset: number; totalCount: number; hasNextPage: boolean };
}

/**
 * Runs `select ..., count(*) over () as total_count ...` plus the page's `order by ... limit`; a page past the end asks
 * again from the start for the count.
 */
export async function runPage<T extends { total_count: string | number }>(
  em: EntityManager,
  sql: Sql,
  page: Sql & { first: number; offset: number },
): Promise<ReportPage<T>> {
  let rows = await run<T>(em, { text: sql.text + page.text, params: [...sql.params, ...page.params] });
  let totalCount = Number(rows[0]?.total_count ?? 0);
  if (rows.length === 0 && page.offset > 0) {
    const first = await run<T>(em, {
      text: sql.text + page.text,
      params: [...sql.params, 1, 0],
    });
    totalCount = Number(first[0]?.total_count ?? 0);
    rows = [];
  }
  return {
    rows,
    pageInfo: { offset: page.offset, totalCount, hasNextPage: page.offset + rows.length < totalCount },
  };
}
