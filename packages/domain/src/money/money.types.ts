/**
 * An ISO 4217 alphabetic currency code in upper case, e.g. `USD`, `JPY`, `KWD`.
 * Only codes in {@link CURRENCY_EXPONENTS} are accepted by the domain.
 */
export type CurrencyCode = string;

/**
 * An amount of money: an integer number of the currency's **minor units** (cents for USD, yen for JPY,
 * fils (1/1000) for KWD) as a `bigint`, so it stays exact beyond 2^53, plus its currency.
 * Never a float. Create one with {@link moneyOf} (validates) or {@link parseMoney} (from a decimal string).
 */
export interface Money {
  readonly amountMinor: bigint;
  readonly currency: CurrencyCode;
}

/**
 * An exact non-negative or signed rational number `num / den` (`den > 0`). Used for percent rates
 * (10 % is `{ num: 1n, den: 10n }`) and for exact intermediate commission amounts before the single
 * rounding.
 */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * A percent rate as written by people: a decimal string of percent with at most 6 fraction digits,
 * e.g. `"10"`, `"12.5"`, `"0.01"` (= 1 basis point). Basis points convert exactly with
 * {@link percentFromBasisPoints}. Never a float.
 */
export type PercentRate = string;
