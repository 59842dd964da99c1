import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { calculateCommissions, type CommissionLine, type Order } from '../commissions/index.js';
import {
  commissionStatus,
  createCommissions,
  flaggedCommissionIds,
  refundSale,
  reviewCommission,
  type Commission,
  type LifecycleDecision,
} from '../lifecycle/index.js';
import { T0, chain, days, order, pct, program } from '../testing/fixtures.js';
import {
  computeBalances,
  createAdjustment,
  ledgerReport,
  planPayoutBatch,
  type LedgerEntry,
} from './index.js';

const prog = program([pct(1, '10'), pct(2, '30', 'CHILD_COMMISSION')], { holdDays: 10 });
const partners = [...chain('a', 'b'), ...chain('c')];

/** A tiny in-memory store applying decisions, as the API would in one transaction each. */
class Books {
  entries: LedgerEntry[] = [];
  commissions = new Map<string, Commission>();
  apply(decision: LifecycleDecision | { entries: LedgerEntry[]; commissions: Commission[] }): void {
    for (const entry of decision.entries) {
      if (this.entries.some((e) => e.id === entry.id)) throw new Error(`duplicate entry ${entry.id}`);
      this.entries.push(entry);
    }
    for (const commission of decision.commissions) this.commissions.set(commission.id, commission);
  }
  of(sourceId: string): Commission[] {
    return [...this.commissions.values()].filter((c) => c.sourceId === sourceId);
  }
  record(lines: CommissionLine[]): void {
    this.apply(
      createCommissions(
        lines.filter((l) => !this.commissions.has(l.key)),
        [prog],
      ),
    );
  }
  balances(now: Date) {
    return computeBalances(this.entries, {
      now,
      flaggedCommissionIds: flaggedCommissionIds([...this.commissions.values()]),
    });
  }
  balance(partnerId: string, now: Date) {
    const row = this.balances(now).find((b) => b.partnerId === partnerId);
    return {
      total: row?.total.amountMinor ?? 0n,
      payable: row?.payable.amountMinor ?? 0n,
      pending: row?.pending.amountMinor ?? 0n,
      flagged: row?.flagged.amountMinor ?? 0n,
    };
  }
  payout(batchId: string, at: Date, minimum = 0n) {
    const plan = planPayoutBatch({
      batchId,
      at,
      payees: ['a', 'b', 'c'].map((partnerId) => ({ partnerId, method: 'PAYPAL' })),
      minimumPayoutMinor: { USD: minimum },
      entries: this.entries,
      commissions: [...this.commissions.values()],
    });
    this.apply(plan);
    return plan;
  }
}

const sale = (id: string, price: bigint, extra: Partial<Order> = {}) =>
  calculateCommissions({
    order: order(price, { id, ...extra }),
    programs: [prog],
    credits: [{ partnerId: 'a', weightBps: 10_000 }],
    partners,
  });

describe('lifecycle worked examples', () => {
  test('PENDING during the hold, PAYABLE after it, PAID by a payout', () => {
    const books = new Books();
    books.record(sale('o1', 10_000n));
    const [commission] = books.of('o1');
    expect(commissionStatus(commission as Commission, days(9))).toBe('PENDING');
    expect(commissionStatus(commission as Commission, days(10))).toBe('PAYABLE');
    expect(books.balance('a', days(5))).toEqual({ total: 1_000n, payable: 0n, pending: 1_000n, flagged: 0n });
    const plan = books.payout('batch1', days(11));
    expect(plan.entries.map((e) => [e.partnerId, e.amount.amountMinor, e.method, e.payoutBatchId])).toEqual([
      ['a', -1_000n, 'PAYPAL', 'batch1'],
      ['b', -300n, 'PAYPAL', 'batch1'],
    ]);
    expect(commissionStatus(books.commissions.get(commission?.id ?? '') as Commission, days(11))).toBe(
      'PAID',
    );
    expect(books.balance('a', days(11))).toEqual({ total: 0n, payable: 0n, pending: 0n, flagged: 0n });
    expect(books.payout('batch1', days(12)).skipped.map((s) => s.reason)).toEqual([
      'ALREADY_PAID',
      'ALREADY_PAID',
    ]);
  });

  test('a partial refund after payment claws back the same share of every level, offset against later earnings', () => {
    const books = new Books();
    books.record(sale('o1', 10_000n, { taxMinor: 2_000n })); // a 1000, b 300; total 120.00
    books.payout('batch1', days(11));
    // 30.00 of 120.00 refunded = 25 %
    books.apply(
      refundSale(
        books.of('o1'),
        { id: 'r1', amountMinor: 3_000n, at: days(20) },
        { totalMinor: 12_000n, paidMinor: 12_000n, refundedMinor: 0n },
      ),
    );
    const clawbacks = books.entries.filter((e) => e.kind === 'CLAWBACK');
    expect(clawbacks.map((e) => [e.partnerId, e.amount.amountMinor])).toEqual([
      ['a', -250n],
      ['b', -75n],
    ]);
    expect(books.balance('a', days(20))).toEqual({ total: -250n, payable: -250n, pending: 0n, flagged: 0n });
    expect(books.payout('batch2', days(21)).skipped).toContainEqual({
      partnerId: 'a',
      currency: 'USD',
      reason: 'NOTHING_PAYABLE',
    });
    books.record(sale('o2', 5_000n, { orderedAt: days(22) })); // a earns 500
    const plan = books.payout('batch3', days(40));
    expect(plan.entries.find((e) => e.partnerId === 'a')?.amount.amountMinor).toBe(-250n);
  });

  test('a refund before payment voids (negative COMMISSION entry, netting out at the same availableAt)', () => {
    const books = new Books();
    books.record(sale('o1', 10_000n));
    books.apply(
      refundSale(
        books.of('o1'),
        { id: 'r1', amountMinor: 2_500n, at: days(2) },
        { totalMinor: 10_000n, paidMinor: 10_000n, refundedMinor: 0n },
      ),
    );
    expect(books.balance('a', days(5))).toEqual({ total: 750n, payable: 0n, pending: 750n, flagged: 0n });
    books.apply(
      refundSale(
        books.of('o1'),
        { id: 'r2', amountMinor: 7_500n, at: days(3) },
        { totalMinor: 10_000n, paidMinor: 10_000n, refundedMinor: 2_500n },
      ),
    );
    expect(books.of('o1').map((c) => commissionStatus(c, days(30)))).toEqual(['VOIDED', 'VOIDED']);
    expect(books.entries.filter((e) => e.kind === 'CLAWBACK')).toEqual([]);
    expect(books.balance('a', days(30)).total).toBe(0n);
    expect(() =>
      refundSale(
        books.of('o1'),
        { id: 'r3', amountMinor: 1n, at: days(4) },
        { totalMinor: 10_000n, paidMinor: 10_000n, refundedMinor: 10_000n },
      ),
    ).toThrow(expect.objectContaining({ code: 'LEDGER_REFUND_EXCEEDS_SALE' }));
  });

  test('a self-referral is FLAGGED, excluded from payouts, and rejecting it reverses the parent level too', () => {
    const books = new Books();
    books.record(
      calculateCommissions({
        order: order(10_000n),
        programs: [prog],
        credits: [{ partnerId: 'a', weightBps: 10_000, flagged: true }],
        partners,
      }),
    );
    expect(books.balance('a', days(20))).toEqual({
      total: 1_000n,
      payable: 0n,
      pending: 0n,
      flagged: 1_000n,
    });
    expect(books.payout('batch1', days(20)).entries).toEqual([]);
    const level1 = books.of('o1').find((c) => c.level === 1) as Commission;
    const rejected = reviewCommission({
      commissions: books.of('o1'),
      commissionId: level1.id,
      decision: 'REJECT',
      at: days(21),
      decisionId: 'rev1',
      adminId: 'admin1',
    });
    books.apply(rejected);
    expect(books.of('o1').map((c) => [c.partnerId, commissionStatus(c, days(21)), c.review])).toEqual([
      ['a', 'VOIDED', 'REJECTED'],
      ['b', 'VOIDED', 'REJECTED'],
    ]);
    expect(books.balance('b', days(21))).toEqual({ total: 0n, payable: 0n, pending: 0n, flagged: 0n });
  });

  test('approving a flagged commission makes it payable', () => {
    const books = new Books();
    books.record(
      calculateCommissions({
        order: order(10_000n),
        programs: [prog],
        credits: [{ partnerId: 'a', weightBps: 10_000, flagged: true }],
        partners,
      }),
    );
    const level1 = books.of('o1').find((c) => c.level === 1) as Commission;
    books.apply(
      reviewCommission({
        commissions: books.of('o1'),
        commissionId: level1.id,
        decision: 'APPROVE',
        at: days(1),
        decisionId: 'r',
        adminId: 'x',
      }),
    );
    expect(books.balance('a', days(20)).payable).toBe(1_000n);
    expect(() =>
      reviewCommission({
        commissions: books.of('o1'),
        commissionId: level1.id,
        decision: 'APPROVE',
        at: days(1),
        decisionId: 'r',
        adminId: 'x',
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER_COMMISSION_NOT_FLAGGED' }));
  });

  test('minimum payout', () => {
    const books = new Books();
    books.record(sale('o1', 10_000n));
    const plan = books.payout('batch1', days(11), 500n);
    expect(plan.entries.map((e) => e.partnerId)).toEqual(['a']);
    expect(plan.skipped).toEqual([{ partnerId: 'b', currency: 'USD', reason: 'BELOW_MINIMUM' }]);
  });
});

describe('ledger report', () => {
  test('beginning + commissions + clawbacks + payments + adjustments = ending', () => {
    const books = new Books();
    books.record(sale('o1', 10_000n));
    books.payout('batch1', days(11));
    books.apply(
      refundSale(
        books.of('o1'),
        { id: 'r1', amountMinor: 1_000n, at: days(15) },
        { totalMinor: 10_000n, paidMinor: 10_000n, refundedMinor: 0n },
      ),
    );
    books.record(sale('o2', 20_000n, { orderedAt: days(16) }));
    books.apply({
      entries: [
        createAdjustment({
          id: 'adj1',
          partnerId: 'a',
          amount: { amountMinor: -50n, currency: 'USD' },
          reason: 'typo',
          adminId: 'admin',
          at: days(17),
        }),
      ],
      commissions: [],
    });
    const [row] = ledgerReport(books.entries, { from: days(12), to: days(30), partnerIds: ['a'] });
    expect(row).toEqual({
      partnerId: 'a',
      currency: 'USD',
      beginning: { amountMinor: 0n, currency: 'USD' },
      commissions: { amountMinor: 2_000n, currency: 'USD' },
      clawbacks: { amountMinor: -100n, currency: 'USD' },
      payments: { amountMinor: 0n, currency: 'USD' },
      adjustments: { amountMinor: -50n, currency: 'USD' },
      ending: { amountMinor: 1_850n, currency: 'USD' },
    });
    expect(() => ledgerReport([], { from: days(2), to: days(1) })).toThrow(
      expect.objectContaining({ code: 'LEDGER_PERIOD_INVALID' }),
    );
  });

  test.each([
    [{ amount: { amountMinor: 0n, currency: 'USD' } }, 'LEDGER_ENTRY_INVALID', 'amount'],
    [{ reason: ' ' }, 'LEDGER_ENTRY_INVALID', 'reason'],
    [{ adminId: '' }, 'LEDGER_ENTRY_INVALID', 'adminId'],
    [{ amount: { amountMinor: 1.5, currency: 'USD' } }, 'MONEY_AMOUNT_INVALID', 'amount.amountMinor'],
    [{ amount: { amountMinor: 1n, currency: 'EURO' } }, 'MONEY_CURRENCY_UNKNOWN', 'amount.currency'],
  ])('adjustment %# is refused with %s', (patch, code, field) => {
    const valid = {
      id: 'x',
      partnerId: 'a',
      amount: { amountMinor: 5n, currency: 'USD' },
      reason: 'r',
      adminId: 'm',
      at: T0,
    };
    expect(() => createAdjustment({ ...valid, ...(patch as object) })).toThrow(
      expect.objectContaining({ code, field }),
    );
  });
});

type Event =
  | { t: 'sale'; price: bigint; tax: bigint; onPayment: boolean; flagged: boolean; credited: 'a' | 'c' }
  | { t: 'pay'; order: number; quarters: number }
  | { t: 'refund'; order: number; percent: number }
  | { t: 'payout'; batch: number; minimum: bigint }
  | { t: 'adjust'; partner: 'a' | 'b' | 'c'; amount: bigint }
  | { t: 'review'; approve: boolean }
  | { t: 'wait'; days: number };

const eventArb: fc.Arbitrary<Event> = fc.oneof(
  fc.record({
    t: fc.constant('sale' as const),
    price: fc.bigInt({ min: 0n, max: 10n ** 7n }),
    tax: fc.bigInt({ min: 0n, max: 10n ** 5n }),
    onPayment: fc.boolean(),
    flagged: fc.boolean(),
    credited: fc.constantFrom('a' as const, 'c' as const),
  }),
  fc.record({ t: fc.constant('pay' as const), order: fc.nat(20), quarters: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    t: fc.constant('refund' as const),
    order: fc.nat(20),
    percent: fc.integer({ min: 1, max: 100 }),
  }),
  fc.record({
    t: fc.constant('payout' as const),
    batch: fc.nat(3),
    minimum: fc.bigInt({ min: 0n, max: 2_000n }),
  }),
  fc.record({
    t: fc.constant('adjust' as const),
    partner: fc.constantFrom('a' as const, 'b' as const, 'c' as const),
    amount: fc.bigInt({ min: -5_000n, max: 5_000n }).filter((x) => x !== 0n),
  }),
  fc.record({ t: fc.constant('review' as const), approve: fc.boolean() }),
  fc.record({ t: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 15 }) }),
);

interface SimOrder {
  order: Order;
  onPayment: boolean;
  flagged: boolean;
  credited: string;
  total: bigint;
  paid: bigint;
  refunded: bigint;
}

function simulate(
  events: readonly Event[],
  check: (books: Books, event: Event, now: Date, before: Books) => void,
): Books {
  const books = new Books();
  const orders: SimOrder[] = [];
  let now = T0;
  let step = 0;
  const lines = (o: SimOrder) =>
    calculateCommissions({
      order: o.order,
      programs: [o.onPayment ? { ...prog, timing: 'ON_PAYMENT' } : prog],
      credits: [{ partnerId: o.credited, weightBps: 10_000, flagged: o.flagged }],
      partners,
    });
  for (const event of events) {
    step += 1;
    now = new Date(now.getTime() + 3_600_000);
    const before = Object.assign(new Books(), {
      entries: [...books.entries],
      commissions: new Map(books.commissions),
    });
    if (event.t === 'sale') {
      const o: SimOrder = {
        order: order(event.price, {
          id: `o${orders.length}`,
          taxMinor: event.tax,
          orderedAt: now,
          payments: [],
        }),
        onPayment: event.onPayment,
        flagged: event.flagged,
        credited: event.credited,
        total: event.price + event.tax,
        paid: event.onPayment ? 0n : event.price + event.tax,
        refunded: 0n,
      };
      orders.push(o);
      books.record(lines(o));
    } else if (event.t === 'pay') {
      const o = orders[event.order % Math.max(1, orders.length)];
      if (!o || !o.onPayment || o.paid === o.total) continue;
      const amountMinor =
        event.quarters === 4 ? o.total - o.paid : ((o.total - o.paid) * BigInt(event.quarters)) / 4n;
      if (amountMinor === 0n) continue;
      o.paid += amountMinor;
      o.order = {
        ...o.order,
        payments: [...(o.order.payments ?? []), { id: `pay${step}`, amountMinor, at: now }],
      };
      books.record(lines(o));
    } else if (event.t === 'refund') {
      const o = orders[event.order % Math.max(1, orders.length)];
      if (!o) continue;
      const amountMinor = ((o.paid - o.refunded) * BigInt(event.percent)) / 100n;
      if (amountMinor === 0n) continue;
      books.apply(
        refundSale(
          books.of(o.order.id),
          { id: `r${step}`, amountMinor, at: now },
          {
            totalMinor: o.total,
            paidMinor: o.paid,
            refundedMinor: o.refunded,
          },
        ),
      );
      o.refunded += amountMinor;
    } else if (event.t === 'payout') {
      books.payout(`batch${event.batch}`, now, event.minimum);
    } else if (event.t === 'adjust') {
      books.apply({
        entries: [
          createAdjustment({
            id: `adj${step}`,
            partnerId: event.partner,
            amount: { amountMinor: event.amount, currency: 'USD' },
            reason: 'test',
            adminId: 'admin',
            at: now,
          }),
        ],
        commissions: [],
      });
    } else if (event.t === 'review') {
      const flagged = [...books.commissions.values()].find(
        (c) => c.review === 'FLAGGED' && !c.voidedAt && c.level === 1,
      );
      if (!flagged) continue;
      books.apply(
        reviewCommission({
          commissions: books.of(flagged.sourceId),
          commissionId: flagged.id,
          decision: event.approve ? 'APPROVE' : 'REJECT',
          at: now,
          decisionId: `review${step}`,
          adminId: 'admin',
        }),
      );
    } else {
      now = new Date(now.getTime() + event.days * 86_400_000);
    }
    check(books, event, now, before);
  }
  return books;
}

describe('ledger properties', () => {
  test('balances equal the sum of entries; a payout zeroes the payable balance and never takes it below zero', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), (events) => {
        simulate(events, (books, event, now, before) => {
          for (const partnerId of ['a', 'b', 'c']) {
            const own = books.entries.filter((e) => e.partnerId === partnerId);
            const balance = books.balance(partnerId, now);
            expect(balance.total).toBe(own.reduce((s, e) => s + e.amount.amountMinor, 0n));
            expect(balance.payable + balance.pending + balance.flagged).toBe(balance.total);
            if (event.t === 'payout') {
              const was = before.balance(partnerId, now).payable;
              const paid =
                books.entries.length > before.entries.length &&
                own.some((e) => e.kind === 'PAYMENT' && !before.entries.includes(e));
              expect(balance.payable).toBe(paid ? 0n : was);
              if (paid) expect(was > 0n).toBe(true);
            }
          }
          for (const commission of books.commissions.values()) {
            const own = books.entries.filter((e) => e.commissionId === commission.id);
            expect(own.reduce((s, e) => s + e.amount.amountMinor, 0n)).toBe(
              commission.amount.amountMinor - commission.reversedMinor,
            );
            expect(
              commission.reversedMinor >= 0n && commission.reversedMinor <= commission.amount.amountMinor,
            ).toBe(true);
          }
        });
      }),
    );
  });

  test('the final ledger does not depend on the order in which a sale\u2019s refunds arrive', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 7n }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        fc.func(fc.integer()),
        (price, shares, paidFirst, fullRefund, shuffleKey) => {
          const sum = shares.reduce((a, b) => a + b, 0) + (fullRefund ? 0 : 1);
          let given = 0n;
          const amounts = shares.map((s, i) => {
            const amount =
              fullRefund && i === shares.length - 1 ? price - given : (price * BigInt(s)) / BigInt(sum);
            given += amount;
            return amount;
          });
          const permuted = amounts
            .map((amount, i) => ({ amount, key: shuffleKey(i) }))
            .sort((x, y) => x.key - y.key)
            .map((x) => x.amount);
          const run = (sequence: bigint[]) => {
            const books = new Books();
            books.record(sale('o1', price));
            if (paidFirst) books.payout('batch1', days(11));
            let refunded = 0n;
            sequence.forEach((amountMinor, i) => {
              if (amountMinor === 0n) return;
              books.apply(
                refundSale(
                  books.of('o1'),
                  { id: `r${i}`, amountMinor, at: days(12 + i) },
                  { totalMinor: price, paidMinor: price, refundedMinor: refunded },
                ),
              );
              refunded += amountMinor;
            });
            const byKind = new Map<string, bigint>();
            for (const e of books.entries) {
              const key = `${e.partnerId}:${e.kind}`;
              byKind.set(key, (byKind.get(key) ?? 0n) + e.amount.amountMinor);
            }
            return {
              byKind: [...byKind.entries()].sort(),
              commissions: books
                .of('o1')
                .map((c) => [c.id, c.reversedMinor, c.amount.amountMinor, commissionStatus(c, days(100))]),
              balances: books.balances(days(100)),
            };
          };
          const result = run(amounts);
          expect(run(permuted)).toEqual(result);
          if (fullRefund) {
            // a full refund reverses everything: voided before payment, clawed back in full after it
            for (const [, reversed, amount, status] of result.commissions) {
              expect(reversed).toBe(amount);
              expect(status).toBe(paidFirst ? 'PAID' : 'VOIDED');
            }
          }
        },
      ),
    );
  });
});
