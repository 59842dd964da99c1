export type { CurrencyCode, Fraction, Money, PercentRate } from './money.types.js';
export { MoneyErrorCode } from './money.errors.js';
export { CURRENCY_EXPONENTS, assertCurrency, currencyExponent, isKnownCurrency } from './currency.js';
export {
  addFractions,
  compareFractions,
  fraction,
  multiplyFractions,
  roundHalfEven,
  subtractFractions,
} from './fraction.js';
export {
  addMoney,
  assertMinorUnits,
  assertWithinLimit,
  MAX_MINOR_UNITS,
  assertSameCurrency,
  compareMoney,
  moneyEquals,
  moneyOf,
  negateMoney,
  subtractMoney,
  sumMoney,
  toMinorUnits,
  zeroMoney,
} from './money.js';
export { PERCENT_MAX_FRACTION_DIGITS, parsePercent, percentFromBasisPoints } from './rate.js';
export { allocateLargestRemainder, allocateMoney } from './allocate.js';
export { formatMoney, moneyToDecimalString, parseMoney } from './format.js';
