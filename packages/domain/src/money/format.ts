import { DomainError } from '../errors/domain-error.js';
import { quoteInput } from '../errors/quote-input.js';
import { assertCurrency, currencyExponent } from './currency.js';
import { MoneyErrorCode } from './money.errors.js';
import type { CurrencyCode, Money } from './money.types.js';

/**
 * The exact decimal string of an amount in major units, with exactly the currency's exponent of
 * fraction digits: USD 12345 -> `"123.45"`, JPY 500 -> `"500"`, KWD -1500 -> `"-1.500"`.
 */
export function moneyToDecimalString(money: Money): string {
  const exponent = currencyExponent(money.currency);
  const negative = money.amountMinor < 0n;
  const digits = (negative ? -money.amountMinor : money.amountMinor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fractionDigits = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fractionDigits}` : ''}`;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string in major units (`"123.45"`, `"-0.5"`, `"500"`) into exact minor units of
 * `currency`. Fewer fraction digits than the exponent are padded (`"1.5"` USD = 150); more are refused
 * rather than rounded (`"1.005"` USD), because a typed amount that cannot be represented is a mistake.
 *
 * @throws DomainError `MONEY_CURRENCY_UNKNOWN` (field `currency`), `MONEY_DECIMAL_INVALID` (field `field`).
 */
export function parseMoney(decimal: string, currency: CurrencyCode, field = 'amount'): Money {
  assertCurrency(currency);
  const exponent = currencyExponent(currency);
  const match = typeof decimal === 'string' ? DECIMAL.exec(decimal.trim()) : null;
  const fractionDigits = match?.[3] ?? '';
  if (!match || fractionDigits.length > exponent) {
    throw new DomainError(
      MoneyErrorCode.DecimalInvalid,
      `${quoteInput(decimal)} is not an amount of ${currency} (at most ${exponent} decimals).`,
      field,
    );
  }
  const minor = BigInt((match[2] ?? '0') + fractionDigits.padEnd(exponent, '0'));
  return { amountMinor: match[1] ? -minor : minor, currency };
}

/** Formatters by locale and currency: making one costs about 100 times as much as formatting with it. */
const formatters = new Map<string, Intl.NumberFormat>();
const MAX_FORMATTERS = 500;

function formatterOf(locale: string, currency: CurrencyCode): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}`;
  let format = formatters.get(key);
  if (format === undefined) {
    const exponent = currencyExponent(currency);
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

/**
 * Formats an amount for display in `locale` (default `en-US`) with the currency's symbol and exactly its
 * exponent of decimals: USD 123456 -> `"$1,234.56"`, JPY 1500 -> `"¥1,500"`, KWD 1500 -> `"KWD 1.500"`.
 * Exact for any size (the decimal string goes to `Intl.NumberFormat`, never a float). Display only: never
 * parse the result back.
 */
export function formatMoney(money: Money, locale = 'en-US'): string {
  return formatterOf(locale, money.currency).format(moneyToDecimalString(money) as `${number}`);
}
