import { DomainError } from '../errors/domain-error.js';
import { quoteInput } from '../errors/quote-input.js';
import { assertCurrency } from './currency.js';
import { MoneyErrorCode } from './money.errors.js';
import type { CurrencyCode, Money } from './money.types.js';

const INTEGER = /^-?\d+$/;

/**
 * The largest amount, in absolute value, that an input or an order's total may have: 10^15 minor units
 * ($10 trillion, ¥1 quadrillion). Far beyond any real sale or payment, and far enough below the database's
 * 64-bit columns (9.2 x 10^18) that sums of many such amounts still fit.
 */
export const MAX_MINOR_UNITS = 10n ** 15n;

/**
 * Checks that `value` is within {@link MAX_MINOR_UNITS} in absolute value. Returns it.
 * @throws DomainError `MONEY_AMOUNT_TOO_LARGE` (field `field`).
 */
export function assertWithinLimit(value: bigint, field: string): bigint {
  if (value > MAX_MINOR_UNITS || value < -MAX_MINOR_UNITS) tooLarge(field);
  return value;
}

function tooLarge(field: string): never {
  throw new DomainError(
    MoneyErrorCode.AmountTooLarge,
    `An amount is at most ${MAX_MINOR_UNITS} minor units (in absolute value).`,
    field,
  );
}

/**
 * Converts an integer amount of minor units given as `bigint`, safe integer `number` or integer string
 * (e.g. from JSON or GraphQL) to `bigint`.
 *
 * @throws DomainError `MONEY_AMOUNT_INVALID` (field `field`) for floats, NaN, unsafe integers,
 * non-integer strings and any other type: never a silent zero; `MONEY_AMOUNT_TOO_LARGE` for a number or
 * string beyond {@link MAX_MINOR_UNITS} in absolute value (a `bigint` is the caller's own and passes as is).
 */
export function toMinorUnits(value: unknown, field = 'amountMinor'): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value))
    return assertWithinLimit(BigInt(value), field);
  if (typeof value === 'string' && INTEGER.test(value.trim())) {
    // A very long digit string is refused before it is converted.
    const digits = value.trim().replace(/^-?0*/, '');
    if (digits.length > 19) tooLarge(field);
    return assertWithinLimit(BigInt(value.trim()), field);
  }
  throw new DomainError(
    MoneyErrorCode.AmountInvalid,
    `An amount must be an integer number of minor units, got ${describe(value)}.`,
    field,
  );
}

function describe(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'string') return quoteInput(value);
  return typeof value;
}

/**
 * Checks that `value` is a `bigint` (the internal representation of minor units) and, unless
 * `allowNegative`, not negative. Returns it.
 *
 * @throws DomainError `MONEY_AMOUNT_INVALID` when not a bigint, `MONEY_AMOUNT_NEGATIVE` when negative.
 */
export function assertMinorUnits(value: unknown, field: string, allowNegative = false): bigint {
  if (typeof value !== 'bigint') {
    throw new DomainError(
      MoneyErrorCode.AmountInvalid,
      `An amount must be a bigint number of minor units, got ${describe(value)}.`,
      field,
    );
  }
  if (!allowNegative && value < 0n) {
    throw new DomainError(MoneyErrorCode.AmountNegative, `An amount cannot be negative (${value}).`, field);
  }
  return value;
}

/**
 * Creates a validated {@link Money}. Negative amounts are allowed (ledger entries, balances); use
 * {@link assertMinorUnits} where they are not.
 *
 * @throws DomainError `MONEY_AMOUNT_INVALID` (field `amountMinor`) or `MONEY_CURRENCY_UNKNOWN`
 * (field `currency`).
 */
export function moneyOf(amountMinor: bigint | number | string, currency: CurrencyCode): Money {
  return { amountMinor: toMinorUnits(amountMinor), currency: assertCurrency(currency) };
}

/** Zero in `currency`. @throws DomainError `MONEY_CURRENCY_UNKNOWN`. */
export function zeroMoney(currency: CurrencyCode): Money {
  return { amountMinor: 0n, currency: assertCurrency(currency) };
}

/**
 * Checks that every amount is in `currency` (or in the first amount's currency).
 *
 * @throws DomainError `MONEY_CURRENCY_MISMATCH` when two currencies meet.
 */
export function assertSameCurrency(amounts: readonly Money[], currency?: CurrencyCode): void {
  const expected = currency ?? amounts[0]?.currency;
  for (const amount of amounts) {
    if (amount.currency !== expected) {
      throw new DomainError(
        MoneyErrorCode.CurrencyMismatch,
        `Amounts of different currencies cannot be combined (${expected} and ${amount.currency}).`,
        'currency',
      );
    }
  }
}

/** `a + b`. @throws DomainError `MONEY_CURRENCY_MISMATCH` when the currencies differ. */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency([a, b]);
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}

/** `a - b`. @throws DomainError `MONEY_CURRENCY_MISMATCH` when the currencies differ. */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency([a, b]);
  return { amountMinor: a.amountMinor - b.amountMinor, currency: a.currency };
}

/** `-a`. */
export function negateMoney(a: Money): Money {
  return { amountMinor: -a.amountMinor, currency: a.currency };
}

/**
 * Sum of `amounts`, all in `currency` (an empty list sums to zero in `currency`).
 *
 * @throws DomainError `MONEY_CURRENCY_MISMATCH` when any amount is in another currency,
 * `MONEY_CURRENCY_UNKNOWN` for an unknown `currency`.
 */
export function sumMoney(amounts: readonly Money[], currency: CurrencyCode): Money {
  assertCurrency(currency);
  assertSameCurrency(amounts, currency);
  let total = 0n;
  for (const amount of amounts) total += amount.amountMinor;
  return { amountMinor: total, currency };
}

/** `-1`, `0` or `1`. @throws DomainError `MONEY_CURRENCY_MISMATCH` when the currencies differ. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency([a, b]);
  return a.amountMinor < b.amountMinor ? -1 : a.amountMinor > b.amountMinor ? 1 : 0;
}

/** True when both amounts have the same currency and amount. */
export function moneyEquals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amountMinor === b.amountMinor;
}
