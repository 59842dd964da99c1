import type { Fraction } from './money.types.js';

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Builds the exact fraction `num / den` in lowest terms with a positive denominator (`den` must not be 0). */
export function fraction(num: bigint, den = 1n): Fraction {
  if (den === 0n) throw new RangeError('fraction: zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den) || 1n;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/** Exact sum of two fractions. */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** Exact product of two fractions. */
export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

/** Exact difference `a - b`. */
export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** `-1`, `0` or `1` as `a` is less than, equal to or greater than `b`. */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Rounds `num / den` to the nearest integer, ties to the even neighbour (banker's rounding):
 * 0.5 -> 0, 1.5 -> 2, 2.5 -> 2, -2.5 -> -2. This is the only rounding the domain applies to money.
 */
export function roundHalfEven(value: Fraction): bigint {
  const { num, den } = value;
  const negative = num < 0n;
  const n = abs(num);
  let quotient = n / den;
  const twiceRemainder = (n % den) * 2n;
  if (twiceRemainder > den || (twiceRemainder === den && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}
