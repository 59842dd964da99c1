import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { defineProgram, type Program } from '../programs/index.js';
import { T0, chain, days, flat, order, pct, program } from '../testing/fixtures.js';
import {
  calculateCommissions,
  calculateLeadCommissions,
  commissionBase,
  type ChainPartner,
  type CommissionLine,
  type Credit,
  type Order,
} from './index.js';

const solo: Credit[] = [{ partnerId: 'a', weightBps: 10_000 }];
const code = (c: string, field?: string) =>
  expect.objectContaining(field === undefined ? { code: c } : { code: c, field });

/** partner -> level -> amount, for compact assertions. */
function summary(lines: readonly CommissionLine[]): Array<[string, number, bigint]> {
  return lines.map((l) => [l.partnerId, l.level, l.amount.amountMinor]);
}

describe('commission base', () => {
  test('a total beyond 10^15 minor units is refused, however the items reach it', () => {
    const big = (items: Order['items'], taxMinor = 0n) =>
      commissionBase({ id: 'o', currency: 'USD', orderedAt: T0, items, taxMinor });
    expect(big([{ productId: 'p', unitPriceMinor: 10n ** 15n, quantity: 1 }]).totalMinor).toBe(10n ** 15n);
    for (const order of [
      () => big([{ productId: 'p', unitPriceMinor: 9_000_000_000_000n, quantity: 2_147_483_647 }]),
      () => big([{ productId: 'p', unitPriceMinor: 10n ** 15n, quantity: 1 }], 1n),
      () =>
        big([
          { productId: 'p', unitPriceMinor: 6n * 10n ** 14n, quantity: 1 },
          { productId: 'q', unitPriceMinor: 6n * 10n ** 14n, quantity: 1 },
        ]),
    ]) {
      expect(order).toThrow(code('MONEY_AMOUNT_TOO_LARGE', 'items'));
    }
  });

  test('excludes tax and shipping, subtracts item and order discounts, spreads the order discount exactly', () => {
    const base = commissionBase({
      id: 'o',
      currency: 'USD',
      orderedAt: T0,
      items: [
        { productId: 'p1', unitPriceMinor: 1000n, quantity: 3, discountMinor: 500n },
        { productId: 'p2', unitPriceMinor: 500n, quantity: 1 },
      ],
      orderDiscountMinor: 100n,
      taxMinor: 300n,
      shippingMinor: 999n,
    });
    // nets 2500 and 500; discount 100 split 83.33 / 16.67 -> 83 / 17
    expect(base.items).toEqual([
      { productId: 'p1', baseMinor: 2417n },
      { productId: 'p2', baseMinor: 483n },
    ]);
    expect(base.baseMinor).toBe(2900n);
    expect(base.totalMinor).toBe(2900n + 300n + 999n);
  });
});

describe('worked examples', () => {
  test('$100 at 10 % paid in 5 instalments under ON_PAYMENT earns $2.00 per payment', () => {
    const lines = calculateCommissions({
      order: order(10_000n, {
        payments: [1, 2, 3, 4, 5].map((n) => ({ id: `pay${n}`, amountMinor: 2_000n, at: days(n * 30) })),
      }),
      programs: [program([pct(1, '10')], { timing: 'ON_PAYMENT' })],
      credits: solo,
      partners: chain('a'),
    });
    expect(lines.map((l) => [l.paymentId, l.amount.amountMinor, l.earnedAt])).toEqual(
      [1, 2, 3, 4, 5].map((n) => [`pay${n}`, 200n, days(n * 30)]),
    );
    expect(lines.every((l) => l.timing === 'ON_PAYMENT')).toBe(true);
  });

  test('three levels: level 2 a percent of the sale, level 3 a percent of the child commission', () => {
    const lines = calculateCommissions({
      order: order(20_000n, { taxMinor: 4_000n, shippingMinor: 1_000n }),
      programs: [program([pct(1, '10'), pct(2, '5'), pct(3, '10', 'CHILD_COMMISSION')], { levels: 3 })],
      credits: solo,
      partners: chain('a', 'b', 'c'),
    });
    expect(summary(lines)).toEqual([
      ['a', 1, 2_000n],
      ['b', 2, 1_000n],
      ['c', 3, 100n],
    ]);
    expect(lines.map((l) => l.rule.layer)).toEqual(['DEFAULT', 'DEFAULT', 'DEFAULT']);
    expect(lines[2]?.rule.levelRule).toEqual(pct(3, '10', 'CHILD_COMMISSION'));
  });

  test.each([
    ['JPY', 12_345n, '7.5', 926n], // 925.875 yen -> 926
    ['JPY', 25n, '10', 2n], // 2.5 yen -> 2 (half to even)
    ['JPY', 35n, '10', 4n], // 3.5 yen -> 4
    ['KWD', 12_345n, '2.5', 309n], // 12.345 KWD x 2.5 % = 0.308625 KWD -> 0.309
    ['KWD', 1_005n, '10', 100n], // 0.1005 KWD -> 0.100 (half to even)
    ['USD', 1_025n, '10', 102n], // $1.025 -> $1.02
    ['USD', 1_035n, '10', 104n], // $1.035 -> $1.04
    ['USD', 999n, '33.333333', 333n],
  ])('%s %s at %s %% earns %s minor units', (currency, price, percent, expected) => {
    const lines = calculateCommissions({
      order: order(price, { currency }),
      programs: [program([pct(1, percent)], { currency })],
      credits: solo,
      partners: chain('a'),
    });
    expect(lines.map((l) => l.amount)).toEqual([{ amountMinor: expected, currency }]);
  });

  test('ON_PAYMENT uneven instalments add up to the UPFRONT commission and depend only on paid-so-far', () => {
    const base = {
      order: order(1_000n, {
        taxMinor: 200n,
        payments: [
          { id: 'x', amountMinor: 400n, at: days(1) },
          { id: 'y', amountMinor: 400n, at: days(2) },
          { id: 'z', amountMinor: 400n, at: days(3) },
        ],
      }),
      credits: solo,
      partners: chain('a'),
    };
    const onPayment = calculateCommissions({
      ...base,
      programs: [program([pct(1, '10')], { timing: 'ON_PAYMENT' })],
    });
    // full = 100; cumulative 33.33 -> 33, 66.67 -> 67, 100
    expect(onPayment.map((l) => l.amount.amountMinor)).toEqual([33n, 34n, 33n]);
    const upfront = calculateCommissions({ ...base, programs: [program([pct(1, '10')])] });
    expect(upfront.map((l) => [l.amount.amountMinor, l.paymentId, l.earnedAt])).toEqual([[100n, null, T0]]);
  });
});

describe('rule layers, priority and overrides', () => {
  const layered = defineProgram({
    id: 'layered',
    name: 'Layered',
    currency: 'USD',
    rules: [
      { id: 'default', layer: 'DEFAULT', levels: [pct(1, '10')] },
      { id: 'books', layer: 'PRODUCT', productIds: ['book'], levels: [pct(1, '20')] },
      {
        id: 'subs',
        layer: 'SUBSCRIPTION',
        levels: [pct(1, '30')],
        recurring: { maxPayments: 12, afterPayments: 3, afterLevels: [pct(1, '5')] },
      },
      {
        id: 'mag-subs',
        layer: 'SUBSCRIPTION',
        productIds: ['mag'],
        levels: [pct(1, '40')],
        recurring: { maxMonths: 6 },
      },
    ],
  });
  const twoItems: Order = {
    ...order(0n),
    items: [
      { productId: 'book', unitPriceMinor: 1_000n, quantity: 1 },
      { productId: 'pen', unitPriceMinor: 1_000n, quantity: 2 },
    ],
  };

  test('product rule beats the default rule, item by item', () => {
    const lines = calculateCommissions({
      order: twoItems,
      programs: [layered],
      credits: solo,
      partners: chain('a'),
    });
    expect(lines.map((l) => [l.rule.ruleId, l.rule.layer, l.productIds, l.amount.amountMinor])).toEqual([
      ['books', 'PRODUCT', ['book'], 200n],
      ['default', 'DEFAULT', ['pen'], 200n],
    ]);
  });

  const subscription = (paymentNumber: number, productId = 'app', paidAt = days(30 * paymentNumber)) =>
    calculateCommissions({
      order: {
        ...order(1_000n),
        items: [{ productId, unitPriceMinor: 1_000n, quantity: 1 }],
        orderedAt: paidAt,
        subscription: { subscriptionId: 's1', paymentNumber, startedAt: T0 },
      },
      programs: [layered],
      credits: solo,
      partners: chain('a'),
    }).map((l) => [l.rule.ruleId, l.rule.recurringPhase, l.amount.amountMinor]);

  test.each([
    [1, [['subs', 'INITIAL', 300n]]],
    [3, [['subs', 'INITIAL', 300n]]],
    [4, [['subs', 'AFTER', 50n]]],
    [12, [['subs', 'AFTER', 50n]]],
    [13, []],
  ])('recurring payment %i of a subscription earns %s', (n, expected) => {
    expect(subscription(n)).toEqual(expected);
  });

  test('recurring limited to N months counts calendar months in the program time zone', () => {
    expect(subscription(2, 'mag', new Date('2024-10-31T23:59:59Z'))).toEqual([['mag-subs', 'INITIAL', 400n]]);
    expect(subscription(2, 'mag', new Date('2024-11-01T00:00:00Z'))).toEqual([]);
    expect(subscription(2, 'book')).toEqual([['subs', 'INITIAL', 300n]]);
  });

  test('program priority: lower number wins, ties go to the smaller id', () => {
    const cheap = program([pct(1, '5')], { id: 'cheap', priority: 2 });
    const rich = program([pct(1, '50')], { id: 'rich', priority: 1 });
    const tie = program([pct(1, '7')], { id: 'aaa', priority: 2 });
    const run = (programs: Program[]) =>
      calculateCommissions({ order: order(1_000n), programs, credits: solo, partners: chain('a') }).map(
        (l) => [l.programId, l.amount.amountMinor],
      );
    expect(run([cheap, rich])).toEqual([['rich', 500n]]);
    expect(run([cheap, tie])).toEqual([['aaa', 70n]]);
    expect(run([tie, cheap])).toEqual([['aaa', 70n]]);
  });

  test('a partner override replaces the program rule for that partner, a manual order override beats both', () => {
    const prog = program([pct(1, '10'), pct(2, '5')]);
    const partnerOverrides = [{ partnerId: 'b', programId: 'prog', levels: [pct(2, '8')] }];
    const withOverride = calculateCommissions({
      order: order(10_000n),
      programs: [prog],
      credits: solo,
      partners: chain('a', 'b'),
      partnerOverrides,
    });
    expect(withOverride.map((l) => [l.partnerId, l.rule.layer, l.amount.amountMinor])).toEqual([
      ['a', 'DEFAULT', 1_000n],
      ['b', 'PARTNER_OVERRIDE', 800n],
    ]);
    const manual = calculateCommissions({
      order: order(10_000n, { manualOverride: { levels: [flat(1, 1_234n)], reason: 'deal' } }),
      programs: [prog],
      credits: solo,
      partners: chain('a', 'b'),
      partnerOverrides,
    });
    expect(manual.map((l) => [l.partnerId, l.rule.layer, l.amount.amountMinor])).toEqual([
      ['a', 'MANUAL', 1_234n],
    ]);
  });

  test('a flat commission is paid once per sale and rule, whatever the quantity', () => {
    const lines = calculateCommissions({
      order: twoItems,
      programs: [program([flat(1, 500n)])],
      credits: solo,
      partners: chain('a'),
    });
    expect(summary(lines)).toEqual([['a', 1, 500n]]);
    expect(lines[0]?.productIds).toEqual(['book', 'pen']);
  });
});

describe('unused levels and inactive partners', () => {
  const rules = [pct(1, '10'), pct(2, '5'), pct(3, '10', 'CHILD_COMMISSION')];
  test.each([
    ['NOT_PAID', chain('a'), [['a', 1, 1_000n, false]]],
    [
      'ROLL_DOWN_TO_LEVEL_1',
      chain('a'),
      [
        ['a', 1, 1_000n, false],
        ['a', 2, 500n, true],
        ['a', 3, 50n, true],
      ],
    ],
    [
      'NOT_PAID',
      [
        { id: 'a', status: 'ACTIVE', parentId: 'b' },
        { id: 'b', status: 'SUSPENDED', parentId: 'c' },
        { id: 'c', status: 'ACTIVE', parentId: null },
      ],
      [
        ['a', 1, 1_000n, false],
        ['c', 3, 50n, false],
      ],
    ],
  ] as Array<[string, ChainPartner[], unknown[]]>)(
    '%s with chain %j',
    (unusedLevelShare, partners, expected) => {
      const lines = calculateCommissions({
        order: order(10_000n),
        programs: [program(rules, { levels: 3, unusedLevelShare: unusedLevelShare as 'NOT_PAID' })],
        credits: solo,
        partners,
      });
      expect(lines.map((l) => [l.partnerId, l.level, l.amount.amountMinor, l.rolledDown])).toEqual(expected);
    },
  );

  test('an inactive credited partner earns nothing and neither do its parents', () => {
    const lines = calculateCommissions({
      order: order(10_000n),
      programs: [program(rules, { levels: 3 })],
      credits: solo,
      partners: [{ id: 'a', status: 'PENDING', parentId: 'b' }, ...chain('b', 'c')],
    });
    expect(lines).toEqual([]);
  });
});

describe('split credit and self-referral', () => {
  test('40/20/40 split of level 1 by largest remainder; each partner\u2019s parent earns on its share', () => {
    const lines = calculateCommissions({
      order: order(1_001n),
      programs: [program([pct(1, '10'), pct(2, '10', 'CHILD_COMMISSION')])],
      credits: [
        { partnerId: 'a', weightBps: 4_000 },
        { partnerId: 'm', weightBps: 2_000 },
        { partnerId: 'z', weightBps: 4_000, flagged: true },
      ],
      partners: [...chain('a', 'pa'), ...chain('m'), ...chain('z', 'pz')],
    });
    // level 1: 100.1 -> 100 split 40.04 / 20.02 / 40.04 -> 40 / 20 / 40
    expect(lines.map((l) => [l.partnerId, l.level, l.amount.amountMinor, l.flagged])).toEqual([
      ['a', 1, 40n, false],
      ['pa', 2, 4n, false],
      ['m', 1, 20n, false],
      ['z', 1, 40n, true],
      ['pz', 2, 4n, true],
    ]);
  });

  test('property: split level-1 lines add up to the unsplit level-1 commission', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc
          .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 })
          .filter((w) => w.some((x) => x > 0)),
        fc.constantFrom('0.5', '10', '12.345', '33.333333'),
        (price, rawWeights, percent) => {
          const total = rawWeights.reduce((a, b) => a + b, 0);
          const bps = rawWeights.map((w) => Math.floor((w * 10_000) / total));
          bps[0] = (bps[0] ?? 0) + 10_000 - bps.reduce((a, b) => a + b, 0);
          const credits = bps.map((weightBps, i) => ({ partnerId: `p${i}`, weightBps }));
          const partners = credits.map((c) => ({
            id: c.partnerId,
            status: 'ACTIVE' as const,
            parentId: null,
          }));
          const prog = program([pct(1, percent)]);
          const split = calculateCommissions({ order: order(price), programs: [prog], credits, partners });
          const whole = calculateCommissions({
            order: order(price),
            programs: [prog],
            credits: solo,
            partners: chain('a'),
          });
          const sum = split.reduce((s, l) => s + l.amount.amountMinor, 0n);
          expect(sum).toBe(whole[0]?.amount.amountMinor ?? 0n);
        },
      ),
    );
  });
});

describe('leads', () => {
  test('lead payouts per level in the program currency', () => {
    const lines = calculateLeadCommissions({
      lead: { id: 'lead1', at: T0 },
      programs: [program([flat(1, 0n, 300n), { level: 2, leadPayoutMinor: 100n }])],
      credits: solo,
      partners: chain('a', 'b'),
    });
    expect(lines.map((l) => [l.kind, l.partnerId, l.level, l.amount])).toEqual([
      ['LEAD', 'a', 1, { amountMinor: 300n, currency: 'USD' }],
      ['LEAD', 'b', 2, { amountMinor: 100n, currency: 'USD' }],
    ]);
  });
});

describe('bad input is a coded error, never a silent zero', () => {
  const base = { programs: [program([pct(1, '10'), pct(2, '5')])], credits: solo, partners: chain('a', 'b') };
  test.each([
    ['negative price', { order: order(-1n) }, 'MONEY_AMOUNT_NEGATIVE', 'items[0].unitPriceMinor'],
    [
      'float price',
      { order: order(10.5 as unknown as bigint) },
      'MONEY_AMOUNT_INVALID',
      'items[0].unitPriceMinor',
    ],
    ['unknown currency', { order: order(1n, { currency: 'ABC' }) }, 'MONEY_CURRENCY_UNKNOWN', 'currency'],
    [
      'zero quantity',
      { order: { ...order(1n), items: [{ productId: 'p', unitPriceMinor: 1n, quantity: 0 }] } },
      'ORDER_ITEM_QUANTITY_INVALID',
      'items[0].quantity',
    ],
    [
      'discount above price',
      { order: order(100n, { orderDiscountMinor: 101n }) },
      'ORDER_DISCOUNT_EXCEEDS_PRICE',
      'orderDiscountMinor',
    ],
    [
      'unknown partner',
      { credits: [{ partnerId: 'ghost', weightBps: 10_000 }] },
      'COMMISSION_PARTNER_UNKNOWN',
      'partners',
    ],
    [
      'cycle in the chain',
      {
        partners: [
          { id: 'a', status: 'ACTIVE', parentId: 'b' },
          { id: 'b', status: 'ACTIVE', parentId: 'a' },
        ],
      },
      'COMMISSION_CHAIN_CYCLE',
      'partners',
    ],
    [
      'weights not 100 %',
      { credits: [{ partnerId: 'a', weightBps: 9_000 }] },
      'COMMISSION_CREDITS_INVALID',
      'credits',
    ],
    [
      'manual override level out of range',
      { order: order(1n, { manualOverride: { levels: [pct(3, '1')] } }) },
      'PROGRAM_LEVELS_OUT_OF_RANGE',
      'manualOverride.levels[0].level',
    ],
    [
      'manual override above 100 %',
      { order: order(1n, { manualOverride: { levels: [pct(1, '120')] } }) },
      'RATE_OUT_OF_RANGE',
      'manualOverride.levels[0].sale.percent',
    ],
    [
      'flat in another currency',
      { order: order(1n, { currency: 'EUR' }), programs: [program([flat(1, 100n)])] },
      'COMMISSION_CURRENCY_MISMATCH',
      'currency',
    ],
    ['invalid date', { order: order(1n, { orderedAt: new Date('x') }) }, 'TIME_INSTANT_INVALID', 'orderedAt'],
  ] as Array<[string, object, string, string]>)('%s', (_name, patch, errorCode, field) => {
    expect(() => calculateCommissions({ order: order(1_000n), ...base, ...patch })).toThrow(
      code(errorCode, field),
    );
  });
});

describe('properties', () => {
  const statuses = fc.constantFrom('ACTIVE', 'ACTIVE', 'PENDING', 'SUSPENDED', 'REJECTED');

  /** A forest of partners: each one's parent is an earlier partner (or none), so every chain is valid. */
  const forest = fc
    .array(fc.tuple(statuses, fc.option(fc.nat())), { minLength: 1, maxLength: 12 })
    .map((nodes) =>
      nodes.map(([status, parent], i): ChainPartner => ({
        id: `p${i}`,
        status,
        parentId: parent === null || i === 0 ? null : `p${parent % i}`,
      })),
    );
  const programOf = (levels: number, unused: 'NOT_PAID' | 'ROLL_DOWN_TO_LEVEL_1') =>
    program(
      Array.from({ length: levels }, (_, i) =>
        i % 2 === 0 ? pct(i + 1, '5') : pct(i + 1, '50', 'CHILD_COMMISSION'),
      ),
      { levels, unusedLevelShare: unused },
    );
  const creditsOf = (partners: ChainPartner[], picks: number[]) => {
    const ids = [...new Set(picks.map((i) => partners[i % partners.length]!.id))];
    return ids.map((partnerId, i) => ({
      partnerId,
      weightBps: i === 0 ? 10_000 - 100 * (ids.length - 1) : 100,
    }));
  };

  test('property: only ACTIVE partners earn, and every ACTIVE credited partner earns its level-1 share', () => {
    fc.assert(
      fc.property(
        forest,
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('NOT_PAID' as const, 'ROLL_DOWN_TO_LEVEL_1' as const),
        fc.integer({ min: 1, max: 10 }),
        (partners, picks, unused, levels) => {
          const credits = creditsOf(partners, picks);
          const lines = calculateCommissions({
            order: order(123_457n),
            programs: [programOf(levels, unused)],
            credits,
            partners,
          });
          const byId = new Map(partners.map((p) => [p.id, p]));
          for (const line of lines) {
            expect(byId.get(line.partnerId)?.status).toBe('ACTIVE');
            expect(byId.get(line.creditedPartnerId)?.status).toBe('ACTIVE');
            expect(line.amount.amountMinor > 0n).toBe(true);
            expect(line.level).toBeLessThanOrEqual(levels);
          }
          const activeCredited = credits
            .filter((c) => byId.get(c.partnerId)!.status === 'ACTIVE')
            .map((c) => c.partnerId)
            .sort();
          const levelOne = lines
            .filter((l) => l.level === 1)
            .map((l) => l.partnerId)
            .sort();
          expect(levelOne).toEqual(activeCredited);
        },
      ),
    );
  });

  test('property: a credited partner or an ancestor within the paid levels that is unknown refuses the sale', () => {
    fc.assert(
      fc.property(
        forest,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 10 }),
        (partners, pick, up, levels) => {
          const credited = partners[pick % partners.length]!;
          const chain = [credited];
          while (chain.length < levels && chain[chain.length - 1]!.parentId) {
            chain.push(partners.find((p) => p.id === chain[chain.length - 1]!.parentId)!);
          }
          const missing = chain[up % chain.length]!;
          expect(() =>
            calculateCommissions({
              order: order(123_457n),
              programs: [programOf(levels, 'NOT_PAID')],
              credits: [{ partnerId: credited.id, weightBps: 10_000 }],
              partners: partners.filter((p) => p.id !== missing.id),
            }),
          ).toThrow(expect.objectContaining({ code: 'COMMISSION_PARTNER_UNKNOWN', field: 'partners' }));
        },
      ),
    );
  });

  test('ON_PAYMENT instalments always add up to the UPFRONT commission once the order is paid', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 8n }),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }),
        (price, tax, parts) => {
          const total = price + tax;
          const weights = parts.map(BigInt);
          const weightSum = weights.reduce((a, b) => a + b, 0n);
          let given = 0n;
          const payments = weights.map((w, i) => {
            const amountMinor = i === weights.length - 1 ? total - given : (total * w) / weightSum;
            given += amountMinor;
            return { id: `pay${i}`, amountMinor, at: days(i) };
          });
          const make = (timing: 'UPFRONT' | 'ON_PAYMENT') =>
            calculateCommissions({
              order: order(price, { taxMinor: tax, payments }),
              programs: [program([pct(1, '12.5'), pct(2, '30', 'CHILD_COMMISSION')], { timing })],
              credits: solo,
              partners: chain('a', 'b'),
            });
          const sumOf = (lines: CommissionLine[], partnerId: string) =>
            lines.filter((l) => l.partnerId === partnerId).reduce((s, l) => s + l.amount.amountMinor, 0n);
          const upfront = make('UPFRONT');
          const onPayment = make('ON_PAYMENT');
          for (const id of ['a', 'b']) expect(sumOf(onPayment, id)).toBe(sumOf(upfront, id));
          expect(onPayment.every((l) => l.amount.amountMinor > 0n)).toBe(true);
        },
      ),
    );
  });
});
