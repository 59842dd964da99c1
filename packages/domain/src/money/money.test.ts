import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  addMoney,
  allocateLargestRemainder,
  allocateMoney,
  currencyExponent,
  formatMoney,
  fraction,
  MAX_MINOR_UNITS,
  moneyOf,
  moneyToDecimalString,
  parseMoney,
  parsePercent,
  percentFromBasisPoints,
  roundHalfEven,
  sumMoney,
  toMinorUnits,
} from './index.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('currencies', () => {
  test.each([
    ['JPY', 0],
    ['USD', 2],
    ['EUR', 2],
    ['KWD', 3],
    ['BHD', 3],
    ['CLF', 4],
  ])('%s has exponent %i', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });
  test.each(['usd', 'XXX', 'US', '', 'XAU'])('refuses %j', (currency) => {
    expect(() => moneyOf(1n, currency)).toThrow(code('MONEY_CURRENCY_UNKNOWN'));
  });
});

describe('roundHalfEven', () => {
  test.each([
    [5n, 10n, 0n],
    [15n, 10n, 2n],
    [25n, 10n, 2n],
    [35n, 10n, 4n],
    [-25n, 10n, -2n],
    [-35n, 10n, -4n],
    [26n, 10n, 3n],
    [24n, 10n, 2n],
    [-26n, 10n, -3n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [7n, 1n, 7n],
  ])('%i/%i -> %i', (num, den, expected) => {
    expect(roundHalfEven(fraction(num, den))).toBe(expected);
  });
  test('property: differs from the exact value by at most one half', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt({ min: 1n, max: 10n ** 12n }), (num, den) => {
        const rounded = roundHalfEven(fraction(num, den));
        const diff = rounded * den - num;
        expect(2n * (diff < 0n ? -diff : diff) <= den).toBe(true);
      }),
    );
  });
});

describe('amounts', () => {
  test.each([1.5, Number.NaN, Infinity, 2 ** 60, '1.5', '1e3', 'abc', null, undefined, {}])(
    'refuses %j as minor units',
    (value) => {
      expect(() => toMinorUnits(value)).toThrow(code('MONEY_AMOUNT_INVALID'));
    },
  );
  test.each([
    [42, 42n],
    ['-7', -7n],
    [10n ** 30n, 10n ** 30n],
  ])('accepts %s', (value, expected) => {
    expect(toMinorUnits(value)).toBe(expected);
  });
  test('an input amount is at most 10^15 minor units either way; a huge one is refused unconverted', () => {
    expect(MAX_MINOR_UNITS).toBe(10n ** 15n);
    for (const value of ['1000000000000000', '-1000000000000000', ' 0001000000000000000 ', 10 ** 15]) {
      expect(toMinorUnits(value)).toBe(BigInt(String(value).trim()));
    }
    for (const value of ['1000000000000001', '-1000000000000001', '9223372036854775808', '9'.repeat(5000)]) {
      expect(() => toMinorUnits(value, 'amountMinor')).toThrow(
        expect.objectContaining({ code: 'MONEY_AMOUNT_TOO_LARGE', field: 'amountMinor' }),
      );
    }
    expect(() => toMinorUnits(10 ** 15 + 1)).toThrow(code('MONEY_AMOUNT_TOO_LARGE'));
    // A message never repeats a huge input.
    for (const raw of [`${'9'.repeat(5000)}.5`, 'x'.repeat(5000)]) {
      expect(() => toMinorUnits(raw)).toThrow(code('MONEY_AMOUNT_INVALID'));
      expect(() => toMinorUnits(raw)).toThrow(
        expect.objectContaining({ message: expect.stringMatching(/^.{1,120}$/) }),
      );
    }
    expect(() => parseMoney('x'.repeat(5000), 'USD')).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^.{1,120}$/) }),
    );
  });
  test('refuses to add different currencies', () => {
    expect(() => addMoney(moneyOf(1n, 'USD'), moneyOf(1n, 'EUR'))).toThrow(code('MONEY_CURRENCY_MISMATCH'));
    expect(() => sumMoney([moneyOf(1n, 'USD'), moneyOf(1n, 'JPY')], 'USD')).toThrow(
      code('MONEY_CURRENCY_MISMATCH'),
    );
  });
  test('sums exactly beyond 2^53', () => {
    expect(sumMoney([moneyOf(2n ** 60n, 'USD'), moneyOf(1n, 'USD')], 'USD').amountMinor).toBe(2n ** 60n + 1n);
  });
});

describe('decimal strings and display', () => {
  test.each([
    ['123.45', 'USD', 12345n, '123.45', '$123.45'],
    ['1.5', 'USD', 150n, '1.50', '$1.50'],
    ['-0.05', 'EUR', -5n, '-0.05', '-€0.05'],
    ['1500', 'JPY', 1500n, '1500', '¥1,500'],
    ['1.5', 'KWD', 1500n, '1.500', 'KWD 1.500'],
    ['0.001', 'KWD', 1n, '0.001', 'KWD 0.001'],
    [
      '12345678901234567.89',
      'USD',
      1234567890123456789n,
      '12345678901234567.89',
      '$12,345,678,901,234,567.89',
    ],
  ])('%s %s = %i minor, %s, %s', (decimal, currency, minor, canonical, display) => {
    const money = parseMoney(decimal, currency);
    expect(money.amountMinor).toBe(minor);
    expect(moneyToDecimalString(money)).toBe(canonical);
    expect(formatMoney(money).replace(/\u00a0/g, ' ')).toBe(display);
  });
  test('property: each locale and currency formats as its own Intl.NumberFormat would (formatters are reused)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.constantFrom('JPY', 'USD', 'EUR', 'KWD'),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'ja-JP'),
        (amountMinor, currency, locale) => {
          const money = moneyOf(amountMinor, currency);
          const exponent = { JPY: 0, USD: 2, EUR: 2, KWD: 3 }[currency];
          const fresh = new Intl.NumberFormat(locale, {
            style: 'currency',
            currency,
            minimumFractionDigits: exponent,
            maximumFractionDigits: exponent,
          });
          expect(formatMoney(money, locale)).toBe(fresh.format(moneyToDecimalString(money) as `${number}`));
        },
      ),
    );
  });
  test.each([
    ['1.005', 'USD'],
    ['1.5', 'JPY'],
    ['abc', 'USD'],
    ['1,5', 'EUR'],
    ['', 'USD'],
  ])('refuses %j in %s', (decimal, currency) => {
    expect(() => parseMoney(decimal, currency)).toThrow(code('MONEY_DECIMAL_INVALID'));
  });
  test('property: parse(format(x)) = x for every currency exponent', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.constantFrom('JPY', 'USD', 'KWD', 'CLF'), (amountMinor, currency) => {
        const money = moneyOf(amountMinor, currency);
        expect(parseMoney(moneyToDecimalString(money), currency)).toEqual(money);
      }),
    );
  });
});

describe('percent rates', () => {
  test.each([
    ['10', 1n, 10n],
    ['12.5', 1n, 8n],
    ['0.01', 1n, 10000n],
    ['100', 1n, 1n],
    ['0', 0n, 1n],
  ])('%s %% = %i/%i', (rate, num, den) => {
    expect(parsePercent(rate)).toEqual({ num, den });
  });
  test.each([10, '-5', '1e2', '10%', '', '0.0000001', null])('refuses %j', (rate) => {
    expect(() => parsePercent(rate)).toThrow(code('RATE_INVALID'));
  });
  test('refuses above 100 % unless allowed', () => {
    expect(() => parsePercent('100.01')).toThrow(code('RATE_OUT_OF_RANGE'));
    expect(parsePercent('150', 'percent', 200)).toEqual({ num: 3n, den: 2n });
  });
  test.each([
    [1050, '10.5'],
    [1, '0.01'],
    [10000, '100'],
    [1005, '10.05'],
    [0, '0'],
  ])('%i bp = %s %%', (bp, percent) => {
    expect(percentFromBasisPoints(bp)).toBe(percent);
  });
});

describe('largest-remainder allocation', () => {
  test.each([
    [100n, [1, 1, 1], [34n, 33n, 33n]],
    [10n, [40, 40, 20], [4n, 4n, 2n]],
    [1n, [40, 40, 20], [1n, 0n, 0n]],
    [7n, [1, 2], [2n, 5n]],
    [-100n, [1, 1, 1], [-34n, -33n, -33n]],
    [0n, [1, 3], [0n, 0n]],
  ])('%s by %s -> %s', (total, weights, expected) => {
    expect(allocateLargestRemainder(total, weights)).toEqual(expected);
  });
  test.each([[[]], [[0, 0]], [[1, -1]], [[1.5]]])('refuses weights %j', (weights) => {
    expect(() => allocateLargestRemainder(10n, weights)).toThrow(code('MONEY_ALLOCATION_WEIGHTS_INVALID'));
  });
  test('property: parts always sum to the total and stay within one unit of the exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc
          .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 })
          .filter((ws) => ws.some((w) => w > 0)),
        (total, weights) => {
          const parts = allocateMoney(moneyOf(total, 'USD'), weights);
          expect(parts.reduce((sum, part) => sum + part.amountMinor, 0n)).toBe(total);
          const weightSum = BigInt(weights.reduce((a, b) => a + b, 0));
          parts.forEach((part, i) => {
            const diff = part.amountMinor * weightSum - total * BigInt(weights[i] ?? 0);
            expect((diff < 0n ? -diff : diff) < weightSum).toBe(true);
          });
        },
      ),
    );
  });
});
