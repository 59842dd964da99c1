import { problemOf } from '@partnerkit/ui';
import { describe, expect, test } from 'vitest';
import { NEW_PROGRAM_VALUES, programFormValuesOf, programInputOf } from './programFormValues';
import { emptyLevel, levelIndexes, newRule, ruleInputsOf, type RuleFormValue } from './ruleFormValues';
import type { ProgramFieldsFragment } from '../../gql/graphql';

const rule = (overrides: Partial<RuleFormValue> = {}): RuleFormValue => ({
  ...newRule('DEFAULT'),
  ...overrides,
});

describe('rules editor values', () => {
  test('sends flat amounts and lead payouts as minor units of the program currency', () => {
    const levels = [
      { ...emptyLevel(), saleKind: 'FLAT' as const, amount: '12.50', leadPayout: '2' },
      { ...emptyLevel(), saleKind: 'PERCENT' as const, percent: '10', of: 'CHILD_COMMISSION' as const },
      ...Array.from({ length: 8 }, emptyLevel),
    ];
    expect(ruleInputsOf([rule({ levels })], 2, 'USD')).toEqual([
      {
        layer: 'DEFAULT',
        levels: [
          { level: 1, sale: { kind: 'FLAT', amountMinor: '1250' }, leadPayoutMinor: '200' },
          { level: 2, sale: { kind: 'PERCENT', percent: '10', of: 'CHILD_COMMISSION' } },
        ],
      },
    ]);
    // Only the program's levels are sent; JPY has no minor unit digits.
    const yen = [
      { ...emptyLevel(), saleKind: 'FLAT' as const, amount: '500', leadPayout: '20' },
      ...levels.slice(1),
    ];
    expect(ruleInputsOf([rule({ levels: yen })], 1, 'JPY')[0]!.levels).toEqual([
      { level: 1, sale: { kind: 'FLAT', amountMinor: '500' }, leadPayoutMinor: '20' },
    ]);
  });

  test('an amount the currency cannot hold is an error at the API path of its row', () => {
    const levels = [
      emptyLevel(),
      { ...emptyLevel(), saleKind: 'FLAT' as const, amount: '1.234' },
      ...Array.from({ length: 8 }, emptyLevel),
    ];
    // Level 1 is empty, so level 2 is the first level sent: index 0.
    expect(levelIndexes(levels, 2)).toEqual([-1, 0]);
    try {
      ruleInputsOf([rule({ levels })], 2, 'USD');
      expect.unreachable();
    } catch (error) {
      expect(Object.keys(problemOf(error).fieldErrors)).toEqual(['rules[0].levels[0].sale.amountMinor']);
    }
  });

  test('product rules send their products, recurring terms their later rates', () => {
    const after = [
      { ...emptyLevel(), saleKind: 'PERCENT' as const, percent: '5' },
      ...Array.from({ length: 9 }, emptyLevel),
    ];
    const [input] = ruleInputsOf(
      [
        rule({
          layer: 'SUBSCRIPTION',
          productIds: ['p1'],
          recurring: true,
          maxPayments: 12,
          afterPayments: 3,
          afterLevels: after,
        }),
      ],
      1,
      'EUR',
    );
    expect(input).toMatchObject({
      layer: 'SUBSCRIPTION',
      productIds: ['p1'],
      recurring: {
        maxPayments: 12,
        maxMonths: null,
        afterPayments: 3,
        afterLevels: [{ level: 1, sale: { kind: 'PERCENT', percent: '5', of: 'BASE' } }],
      },
    });
  });

  test('a saved program comes back into the form with its rules, split weights and signup settings', () => {
    const program = {
      ...({} as ProgramFieldsFragment),
      name: 'P',
      notes: '',
      priority: 1,
      currency: 'USD',
      cookieWindowDays: 30,
      attributionMode: 'SPLIT',
      levels: 2,
      holdDays: 30,
      timeZone: 'UTC',
      autoApprove: true,
      ipWindowMinutes: null,
      permanentReferral: false,
      timing: 'UPFRONT',
      unusedLevelShare: 'NOT_PAID',
      minimumPayout: { amountMinor: '5000', currency: 'USD', formatted: '$50.00' },
      splitWeights: { firstBps: 4000, middleBps: 2000, lastBps: 4000 },
      rules: [
        {
          id: 'r1',
          layer: 'DEFAULT',
          productIds: [],
          recurring: null,
          levels: [
            {
              level: 1,
              sale: {
                kind: 'FLAT',
                percent: null,
                of: null,
                amount: { amountMinor: '1500', currency: 'USD' },
              },
              leadPayout: { amountMinor: '200', currency: 'USD' },
            },
          ],
        },
      ],
      signupOpen: true,
      signupAsksParentCode: true,
      signupAsksPayoutEmail: false,
      signupParent: { id: 'x', code: 'alice' },
      signupFields: [
        { key: 'channel', label: 'Channel', type: 'CHOICE', required: true, options: ['Blog', 'Video'] },
      ],
    } as ProgramFieldsFragment;
    const values = programFormValuesOf(program);
    expect(values.splitFirstBps).toBe(4000);
    expect(values.rules[0]!.levels[0]).toMatchObject({
      saleKind: 'FLAT',
      amount: '15.00',
      leadPayout: '2.00',
    });
    const input = programInputOf(values);
    expect(input.rules).toEqual([
      {
        id: 'r1',
        layer: 'DEFAULT',
        levels: [{ level: 1, sale: { kind: 'FLAT', amountMinor: '1500' }, leadPayoutMinor: '200' }],
      },
    ]);
    expect(input.signupFields).toEqual([
      { key: 'channel', label: 'Channel', type: 'CHOICE', required: true, options: ['Blog', 'Video'] },
    ]);
    expect(input).toMatchObject({
      signupOpen: true,
      signupParentCode: 'alice',
      splitWeights: { firstBps: 4000 },
    });
    expect(programInputOf(NEW_PROGRAM_VALUES).rules).toEqual([
      { layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10', of: 'BASE' } }] },
    ]);
  });
});
