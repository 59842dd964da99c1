import { describe, expect, test } from 'vitest';
import { pct } from '../testing/fixtures.js';
import { defineProgram, programIssues, type ProgramInput } from './index.js';

const valid: ProgramInput = {
  id: 'p',
  name: 'Partners',
  currency: 'USD',
  rules: [{ id: 'default', layer: 'DEFAULT', levels: [pct(1, '10'), pct(2, '5')] }],
};

describe('defineProgram', () => {
  test('applies the defaults of docs/domain.md (2 levels, UTC, UPFRONT, unused levels not paid)', () => {
    const program = defineProgram(valid);
    expect(program).toMatchObject({
      levels: 2,
      timeZone: 'UTC',
      timing: 'UPFRONT',
      unusedLevelShare: 'NOT_PAID',
      attributionMode: 'LAST',
      minimumPayoutMinor: 0n,
    });
  });

  test.each([
    ['levels 0', { levels: 0 }, 'PROGRAM_LEVELS_OUT_OF_RANGE', 'levels'],
    ['levels 11', { levels: 11 }, 'PROGRAM_LEVELS_OUT_OF_RANGE', 'levels'],
    ['levels 2.5', { levels: 2.5 }, 'PROGRAM_LEVELS_OUT_OF_RANGE', 'levels'],
    ['unknown currency', { currency: 'usd' }, 'MONEY_CURRENCY_UNKNOWN', 'currency'],
    ['unknown time zone', { timeZone: 'Europe/Atlantis' }, 'TIME_ZONE_INVALID', 'timeZone'],
    ['negative minimum payout', { minimumPayoutMinor: -1n }, 'MONEY_AMOUNT_NEGATIVE', 'minimumPayoutMinor'],
    ['float minimum payout', { minimumPayoutMinor: 1.5 }, 'MONEY_AMOUNT_INVALID', 'minimumPayoutMinor'],
    ['hold days negative', { holdDays: -1 }, 'PROGRAM_NUMBER_INVALID', 'holdDays'],
    ['unknown timing', { timing: 'LATER' }, 'PROGRAM_OPTION_INVALID', 'timing'],
    ['split without weights', { attributionMode: 'SPLIT' }, 'PROGRAM_SPLIT_WEIGHTS_INVALID', 'splitWeights'],
    [
      'split weights not 100 %',
      { attributionMode: 'SPLIT', splitWeights: { firstBps: 4000, lastBps: 4000, middleBps: 1000 } },
      'PROGRAM_SPLIT_WEIGHTS_INVALID',
      'splitWeights',
    ],
    [
      'rate above 100 %',
      { rules: [{ id: 'd', layer: 'DEFAULT', levels: [pct(1, '100.5')] }] },
      'RATE_OUT_OF_RANGE',
      'rules[0].levels[0].sale.percent',
    ],
    [
      'rate as a float',
      {
        rules: [
          {
            id: 'd',
            layer: 'DEFAULT',
            levels: [{ level: 1, sale: { kind: 'PERCENT', percent: 0.1, of: 'BASE' } }],
          },
        ],
      },
      'RATE_INVALID',
      'rules[0].levels[0].sale.percent',
    ],
    [
      'levels together above 100 % of the base',
      { rules: [{ id: 'd', layer: 'DEFAULT', levels: [pct(1, '60'), pct(2, '50')] }] },
      'PROGRAM_RATES_EXCEED_BASE',
      'rules[0].levels',
    ],
    [
      'level rule beyond the program levels',
      { rules: [{ id: 'd', layer: 'DEFAULT', levels: [pct(3, '1')] }] },
      'PROGRAM_LEVELS_OUT_OF_RANGE',
      'rules[0].levels[0].level',
    ],
    [
      'duplicate level',
      { rules: [{ id: 'd', layer: 'DEFAULT', levels: [pct(1, '1'), pct(1, '2')] }] },
      'PROGRAM_LEVEL_DUPLICATE',
      'rules[0].levels[1].level',
    ],
    [
      'child commission at level 1',
      { rules: [{ id: 'd', layer: 'DEFAULT', levels: [pct(1, '1', 'CHILD_COMMISSION')] }] },
      'PROGRAM_CHILD_COMMISSION_AT_LEVEL_1',
      'rules[0].levels[0].sale.of',
    ],
    [
      'two default rules',
      {
        rules: [
          { id: 'a', layer: 'DEFAULT', levels: [] },
          { id: 'b', layer: 'DEFAULT', levels: [] },
        ],
      },
      'PROGRAM_RULE_LAYER_DUPLICATE',
      'rules[1].layer',
    ],
    [
      'product in two product rules',
      {
        rules: [
          { id: 'a', layer: 'PRODUCT', productIds: ['x'], levels: [] },
          { id: 'b', layer: 'PRODUCT', productIds: ['x'], levels: [] },
        ],
      },
      'PROGRAM_RULE_PRODUCT_DUPLICATE',
      'rules[1].productIds',
    ],
    [
      'product rule without products',
      { rules: [{ id: 'a', layer: 'PRODUCT', levels: [] }] },
      'PROGRAM_RULE_PRODUCTS_INVALID',
      'rules[0].productIds',
    ],
    [
      'recurring terms on a default rule',
      { rules: [{ id: 'a', layer: 'DEFAULT', levels: [], recurring: { maxPayments: 3 } }] },
      'PROGRAM_RECURRING_INVALID',
      'rules[0].recurring',
    ],
    [
      'negative flat amount',
      {
        rules: [
          { id: 'a', layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'FLAT', amountMinor: -5n } }] },
        ],
      },
      'MONEY_AMOUNT_NEGATIVE',
      'rules[0].levels[0].sale.amountMinor',
    ],
  ] as Array<[string, Partial<ProgramInput>, string, string]>)('refuses %s', (_name, patch, code, field) => {
    expect(() => defineProgram({ ...valid, ...patch })).toThrow(expect.objectContaining({ code, field }));
  });

  test('a child-commission level counts as its share of the base (60 % + 50 % of 60 % = 90 % is fine)', () => {
    expect(
      programIssues({
        ...valid,
        levels: 3,
        rules: [
          {
            id: 'd',
            layer: 'DEFAULT',
            levels: [pct(1, '60'), pct(2, '50', 'CHILD_COMMISSION'), pct(3, '0')],
          },
        ],
      }),
    ).toEqual([]);
  });

  test('programIssues lists every problem at once', () => {
    const issues = programIssues({ ...valid, name: '', levels: 12, holdDays: -1 });
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ['PROGRAM_FIELD_REQUIRED', 'name'],
      ['PROGRAM_LEVELS_OUT_OF_RANGE', 'levels'],
      ['PROGRAM_NUMBER_INVALID', 'holdDays'],
    ]);
  });
});
