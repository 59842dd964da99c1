import { DomainError } from '../errors/domain-error.js';
import { assertInstant } from '../time/zoned-day.js';
import { LedgerErrorCode } from './ledger.errors.js';
import type { LedgerEntry, LedgerReportRow } from './ledger.types.js';

/** Options of {@link ledgerReport}: the period `[from, to)` and an optional partner filter. */
export interface LedgerReportOptions {
  /** First instant of the period; use `zonedDayStart(day, program.timeZone)` for calendar days. */
  readonly from: Date;
  /** First instant after the period. */
  readonly to: Date;
  /** Only these partners (the partner list's filters, resolved by the caller); all when absent. */
  readonly partnerIds?: readonly string[] | null;
}

/**
 * The ledger report of a period, per partner and currency, by `effectiveAt`: beginning balance (entries
 * before `from`), commissions (net COMMISSION entries, voids included), clawbacks, payments, adjustments
 * (each signed, within `[from, to)`), ending balance. Always `ending = beginning + the four columns`.
 * Partners with entries only after `to` are left out. Rows are sorted by partner, then currency.
 *
 * @throws DomainError `LEDGER_PERIOD_INVALID` (field `to`) when `to < from`, `TIME_INSTANT_INVALID`.
 */
export function ledgerReport(
  entries: readonly LedgerEntry[],
  options: LedgerReportOptions,
): LedgerReportRow[] {
  const from = assertInstant(options.from, 'from').getTime();
  const to = assertInstant(options.to, 'to').getTime();
  if (to < from) throw new DomainError(LedgerErrorCode.PeriodInvalid, 'A period ends after it starts.', 'to');
  const only = options.partnerIds ? new Set(options.partnerIds) : null;
  const rows = new Map<string, { partnerId: string; currency: string; sums: Record<string, bigint> }>();
  for (const entry of entries) {
    if (only && !only.has(entry.partnerId)) continue;
    const at = entry.effectiveAt.getTime();
    if (at >= to) continue;
    const key = `${entry.partnerId}\u0000${entry.amount.currency}`;
    const row = rows.get(key) ?? {
      partnerId: entry.partnerId,
      currency: entry.amount.currency,
      sums: { beginning: 0n, COMMISSION: 0n, CLAWBACK: 0n, PAYMENT: 0n, ADJUSTMENT: 0n },
    };
    const column = at < from ? 'beginning' : entry.kind;
    row.sums[column] = (row.sums[column] ?? 0n) + entry.amount.amountMinor;
    rows.set(key, row);
  }
  return [...rows.values()]
    .sort((a, b) =>
      a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : a.currency < b.currency ? -1 : 1,
    )
    .map(({ partnerId, currency, sums }) => {
      const money = (amountMinor = 0n) => ({ amountMinor, currency });
      const ending = Object.values(sums).reduce((total, value) => total + value, 0n);
      return {
        partnerId,
        currency,
        beginning: money(sums.beginning),
        commissions: money(sums.COMMISSION),
        clawbacks: money(sums.CLAWBACK),
        payments: money(sums.PAYMENT),
        adjustments: money(sums.ADJUSTMENT),
        ending: money(ending),
      };
    });
}
