import { DomainError } from '../errors/domain-error.js';
import { compareFractions, fraction } from './fraction.js';
import { MoneyErrorCode } from './money.errors.js';
import type { Fraction, PercentRate } from './money.types.js';

const PERCENT = /^(\d{1,6})(?:\.(\d{1,6}))?$/;

/** The largest fraction digit count of a {@link PercentRate} (so 1 bp = "0.01" and far finer is allowed). */
export const PERCENT_MAX_FRACTION_DIGITS = 6;

/**
 * Parses a percent rate (`"10"`, `"12.5"`, `"0.01"`) into the exact fraction of one it stands for
 * (`"12.5"` -> 1/8). `maxPercent` (default 100) is the largest accepted value; pass a larger one where
 * more than 100 % is allowed.
 *
 * @throws DomainError `RATE_INVALID` (field `field`) for anything but a non-negative decimal string with at
 * most 6 fraction digits (floats, `"1e2"`, `"-5"`, `"10%"` are refused), `RATE_OUT_OF_RANGE` above
 * `maxPercent`.
 */
export function parsePercent(rate: unknown, field = 'percent', maxPercent = 100): Fraction {
  if (typeof rate !== 'string' || !PERCENT.test(rate)) {
    throw new DomainError(
      MoneyErrorCode.RateInvalid,
      `A percent rate is a decimal string such as "12.5" (at most ${PERCENT_MAX_FRACTION_DIGITS} decimals), got ${JSON.stringify(rate)}.`,
      field,
    );
  }
  const [, whole = '0', decimals = ''] = PERCENT.exec(rate) ?? [];
  const value = fraction(BigInt(whole + decimals), 100n * 10n ** BigInt(decimals.length));
  if (compareFractions(value, fraction(BigInt(maxPercent), 100n)) > 0) {
    throw new DomainError(
      MoneyErrorCode.RateOutOfRange,
      `A rate of ${rate} % exceeds ${maxPercent} %.`,
      field,
    );
  }
  return value;
}

/**
 * Converts integer basis points (1 bp = 0.01 %) to a {@link PercentRate} string: 1050 -> `"10.5"`.
 *
 * @throws DomainError `RATE_INVALID` when `basisPoints` is not a non-negative safe integer.
 */
export function percentFromBasisPoints(basisPoints: number, field = 'basisPoints'): PercentRate {
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0) {
    throw new DomainError(
      MoneyErrorCode.RateInvalid,
      `Basis points must be a non-negative integer, got ${String(basisPoints)}.`,
      field,
    );
  }
  const whole = Math.trunc(basisPoints / 100);
  const rest = basisPoints % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}
