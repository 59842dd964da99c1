import { DomainError } from '../errors/domain-error.js';
import { quoteInput } from '../errors/quote-input.js';
import { MoneyErrorCode } from './money.errors.js';
import type { CurrencyCode } from './money.types.js';

const ZERO_DECIMAL = [
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'UYI',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
];
const THREE_DECIMAL = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];
const FOUR_DECIMAL = ['CLF', 'UYW'];
const TWO_DECIMAL = [
  'AED',
  'AFN',
  'ALL',
  'AMD',
  'ANG',
  'AOA',
  'ARS',
  'AUD',
  'AWG',
  'AZN',
  'BAM',
  'BBD',
  'BDT',
  'BGN',
  'BMD',
  'BND',
  'BOB',
  'BOV',
  'BRL',
  'BSD',
  'BTN',
  'BWP',
  'BYN',
  'BZD',
  'CAD',
  'CDF',
  'CHE',
  'CHF',
  'CHW',
  'CNY',
  'COP',
  'COU',
  'CRC',
  'CUP',
  'CVE',
  'CZK',
  'DKK',
  'DOP',
  'DZD',
  'EGP',
  'ERN',
  'ETB',
  'EUR',
  'FJD',
  'FKP',
  'GBP',
  'GEL',
  'GHS',
  'GIP',
  'GMD',
  'GTQ',
  'GYD',
  'HKD',
  'HNL',
  'HTG',
  'HUF',
  'IDR',
  'ILS',
  'INR',
  'IRR',
  'JMD',
  'KES',
  'KGS',
  'KHR',
  'KPW',
  'KYD',
  'KZT',
  'LAK',
  'LBP',
  'LKR',
  'LRD',
  'LSL',
  'MAD',
  'MDL',
  'MGA',
  'MKD',
  'MMK',
  'MNT',
  'MOP',
  'MRU',
  'MUR',
  'MVR',
  'MWK',
  'MXN',
  'MXV',
  'MYR',
  'MZN',
  'NAD',
  'NGN',
  'NIO',
  'NOK',
  'NPR',
  'NZD',
  'PAB',
  'PEN',
  'PGK',
  'PHP',
  'PKR',
  'PLN',
  'QAR',
  'RON',
  'RSD',
  'RUB',
  'SAR',
  'SBD',
  'SCR',
  'SDG',
  'SEK',
  'SGD',
  'SHP',
  'SLE',
  'SOS',
  'SRD',
  'SSP',
  'STN',
  'SVC',
  'SYP',
  'SZL',
  'THB',
  'TJS',
  'TMT',
  'TOP',
  'TRY',
  'TTD',
  'TWD',
  'TZS',
  'UAH',
  'USD',
  'USN',
  'UYU',
  'UZS',
  'VED',
  'VES',
  'WST',
  'XCD',
  'XCG',
  'YER',
  'ZAR',
  'ZMW',
  'ZWG',
];

function table(): Readonly<Record<CurrencyCode, number>> {
  const exponents: Record<CurrencyCode, number> = {};
  for (const code of ZERO_DECIMAL) exponents[code] = 0;
  for (const code of TWO_DECIMAL) exponents[code] = 2;
  for (const code of THREE_DECIMAL) exponents[code] = 3;
  for (const code of FOUR_DECIMAL) exponents[code] = 4;
  return Object.freeze(exponents);
}

/**
 * The minor-unit exponent of every active ISO 4217 currency the domain accepts (ISO 4217 list, 2025):
 * JPY/KRW/... 0, USD/EUR/... 2, KWD/BHD/... 3, CLF/UYW 4. Fund and precious-metal codes without a
 * minor unit (XAU, XDR, ...) are not money a partner can be paid in and are refused.
 */
export const CURRENCY_EXPONENTS: Readonly<Record<CurrencyCode, number>> = table();

/** True when `code` is a currency code the domain accepts (exact upper case, e.g. `USD`). */
export function isKnownCurrency(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(CURRENCY_EXPONENTS, code);
}

/**
 * Checks a currency code and returns it.
 *
 * @throws DomainError `MONEY_CURRENCY_UNKNOWN` (field `field`, default `currency`) for anything that is
 * not an accepted ISO 4217 code in upper case.
 */
export function assertCurrency(code: unknown, field = 'currency'): CurrencyCode {
  if (!isKnownCurrency(code)) {
    throw new DomainError(MoneyErrorCode.CurrencyUnknown, `Unknown currency ${quoteInput(code)}.`, field);
  }
  return code;
}

/**
 * The number of decimal places of the currency's minor unit (JPY 0, USD 2, KWD 3).
 *
 * @throws DomainError `MONEY_CURRENCY_UNKNOWN` for an unknown code.
 */
export function currencyExponent(code: CurrencyCode): number {
  return CURRENCY_EXPONENTS[assertCurrency(code)] as number;
}
