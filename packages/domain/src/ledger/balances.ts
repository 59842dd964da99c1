import { assertCurrency } from '../money/currency.js';
import { assertInstant } from '../time/zoned-day.js';
import type { LedgerEntry, PartnerBalance } from './ledger.types.js';

/** Options of {@link computeBalances}. */
export interface BalanceOptions {
  /** The instant the payable balance is computed for. */
  readonly now: Date;
  /** Commissions waiting for review: their entries are neither payable nor pending (see `flaggedCommissionIds`). */
  readonly flaggedCommissionIds?: Iterable<string>;
}

/**
 * Balances per partner and currency (never adding currencies): total = sum of entries; payable = entries
 * with `availableAt <= now` that do not belong to a flagged commission; pending = the same with
 * `availableAt > now`; flagged = entries of flagged commissions. Rows are sorted by partner, then currency.
 * The payable balance may be negative after a clawback (offset against future earnings).
 *
 * @throws DomainError `TIME_INSTANT_INVALID` (field `now`), `MONEY_CURRENCY_UNKNOWN`.
 */
export function computeBalances(entries: readonly LedgerEntry[], options: BalanceOptions): PartnerBalance[] {
  const now = assertInstant(options.now, 'now').getTime();
  const flagged = new Set(options.flaggedCommissionIds ?? []);
  const rows = new Map<string, { partnerId: string; currency: string; sums: [bigint, bigint, bigint] }>();
  for (const entry of entries) {
    const currency = assertCurrency(entry.amount.currency);
    const key = `${entry.partnerId}\u0000${currency}`;
    const row = rows.get(key) ?? { partnerId: entry.partnerId, currency, sums: [0n, 0n, 0n] };
    const slot =
      entry.commissionId !== null && flagged.has(entry.commissionId)
        ? 2
        : entry.availableAt.getTime() <= now
          ? 0
          : 1;
    row.sums[slot] += entry.amount.amountMinor;
    rows.set(key, row);
  }
  return [...rows.values()]
    .sort((a, b) => compare(a.partnerId, b.partnerId) || compare(a.currency, b.currency))
    .map(({ partnerId, currency, sums: [payable, pending, held] }) => ({
      partnerId,
      currency,
      total: { amountMinor: payable + pending + held, currency },
      payable: { amountMinor: payable, currency },
      pending: { amountMinor: pending, currency },
      flagged: { amountMinor: held, currency },
    }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sums of a partner's entries in one currency, as a store computes them (see {@link balanceFromSums}). */
export interface BalanceSums {
  /** Sum of all entries. */
  readonly totalMinor: bigint;
  /** Sum of the entries with `availableAt > now` that do not belong to a flagged commission. */
  readonly pendingMinor: bigint;
  /** Sum of the entries of commissions waiting for review. */
  readonly flaggedMinor: bigint;
}

/**
 * The same balance as {@link computeBalances}, from sums a store keeps or computes cheaply (a running total,
 * the entries still in their hold, the entries of flagged commissions): payable = total - pending - flagged.
 * A store never has to read a partner's whole history to answer.
 *
 * @throws DomainError `MONEY_CURRENCY_UNKNOWN`.
 */
export function balanceFromSums(partnerId: string, currency: string, sums: BalanceSums): PartnerBalance {
  const code = assertCurrency(currency);
  const money = (amountMinor: bigint) => ({ amountMinor, currency: code });
  return {
    partnerId,
    currency: code,
    total: money(sums.totalMinor),
    payable: money(sums.totalMinor - sums.pendingMinor - sums.flaggedMinor),
    pending: money(sums.pendingMinor),
    flagged: money(sums.flaggedMinor),
  };
}
