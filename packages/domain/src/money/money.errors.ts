/** Stable codes of money rule violations. */
export const MoneyErrorCode = {
  /** The currency is not an active ISO 4217 code known to the domain. */
  CurrencyUnknown: 'MONEY_CURRENCY_UNKNOWN',
  /** Two amounts of different currencies met in one sum, comparison or allocation. */
  CurrencyMismatch: 'MONEY_CURRENCY_MISMATCH',
  /** An amount is not an integer number of minor units (float, NaN, unsafe number, bad string). */
  AmountInvalid: 'MONEY_AMOUNT_INVALID',
  /** An amount (or an order's total) is beyond `MAX_MINOR_UNITS` in absolute value. */
  AmountTooLarge: 'MONEY_AMOUNT_TOO_LARGE',
  /** An amount is negative where only zero or more is allowed. */
  AmountNegative: 'MONEY_AMOUNT_NEGATIVE',
  /** A decimal string has more fraction digits than the currency's exponent, or is malformed. */
  DecimalInvalid: 'MONEY_DECIMAL_INVALID',
  /** A percent rate is malformed (not a decimal string / integer basis points). */
  RateInvalid: 'RATE_INVALID',
  /** A percent rate is below 0 % or above the allowed maximum (100 % unless stated). */
  RateOutOfRange: 'RATE_OUT_OF_RANGE',
  /** Allocation weights are negative, not integers, empty or all zero. */
  AllocationWeightsInvalid: 'MONEY_ALLOCATION_WEIGHTS_INVALID',
} as const;
