import { describe, expect, test } from 'vitest';
import { assertCouponCode, isValidCouponCode, normalizeCouponCode } from './index.js';
import { defaultAttributionProgram } from '../attribution/index.js';
import { linkAppliesToPartner } from '../tracking/index.js';

describe('coupon codes', () => {
  test.each([
    [' summer-10 ', 'SUMMER-10'],
    ['Summer_10', 'SUMMER_10'],
    ['   ', null],
    [null, null],
  ])('%j is spelled %j', (raw, code) => {
    expect(normalizeCouponCode(raw)).toBe(code);
  });

  test.each(['ab', '-ABC', 'WITH SPACE', 'x'.repeat(65), 'ÉTÉ'])('refuses %j', (raw) => {
    expect(isValidCouponCode(raw)).toBe(false);
    expect(() => assertCouponCode(raw)).toThrow(
      expect.objectContaining({ code: 'COUPON_CODE_INVALID', field: 'code' }),
    );
  });

  test('accepts a well-formed code in any case', () => {
    expect(assertCouponCode('vip2024', 'couponCode')).toBe('VIP2024');
  });
});

describe('the program that attributes an event naming none', () => {
  const at = (day: number) => new Date(Date.UTC(2024, 0, day));
  test('lowest priority number, then the oldest, then the smallest id', () => {
    expect(
      defaultAttributionProgram([
        { id: 'c', priority: 2, createdAt: at(1) },
        { id: 'b', priority: 1, createdAt: at(3) },
        { id: 'a', priority: 1, createdAt: at(3) },
        { id: 'd', priority: 1, createdAt: at(4) },
      ])?.id,
    ).toBe('a');
    expect(defaultAttributionProgram([])).toBeNull();
  });
});

describe('named tracking links', () => {
  test.each([
    [[], ['p1'], true],
    [['p1', 'p2'], ['p2'], true],
    [['p1'], ['p2'], false],
    [['p1'], [], false],
  ])('a link of programs %j applies to a partner in %j: %s', (linkPrograms, partnerPrograms, applies) => {
    expect(linkAppliesToPartner({ programIds: linkPrograms }, { programIds: partnerPrograms })).toBe(applies);
  });
});
