import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { calculateCommissions, type OrderPayment } from '../commissions/index.js';
import { createCommissions, refundSale, type Commission } from '../lifecycle/index.js';
import { chain, days, order, pct, program } from '../testing/fixtures.js';
import { applyInstalment, applyRefund, planRenewal, type SaleAmounts } from './index.js';

const sale = (totalMinor: bigint, paidMinor: bigint, refundedMinor = 0n): SaleAmounts => ({
  totalMinor,
  paidMinor,
  refundedMinor,
});

describe('instalments', () => {
  test.each([
    ['the first of five', sale(10_000n, 0n), 2_000n, 2_000n],
    ['the last one', sale(10_000n, 8_000n), 2_000n, 10_000n],
    ['after a refund, still only what is due', sale(10_000n, 6_000n, 3_000n), 4_000n, 10_000n],
  ])('%s', (_name, before, amount, paidAfter) => {
    expect(applyInstalment(before, amount)).toEqual({ ...before, paidMinor: paidAfter });
  });

  test.each([
    ['beyond the total', sale(10_000n, 10_000n), 1n, 'PAYMENT_EXCEEDS_ORDER'],
    ['more than what is due', sale(10_000n, 9_000n), 1_001n, 'PAYMENT_EXCEEDS_ORDER'],
    ['zero', sale(10_000n, 0n), 0n, 'PAYMENT_AMOUNT_INVALID'],
    ['negative', sale(10_000n, 0n), -5n, 'MONEY_AMOUNT_NEGATIVE'],
  ])('refuses a payment %s', (_name, before, amount, code) => {
    expect(() => applyInstalment(before, amount)).toThrow(
      expect.objectContaining({ code, field: 'amountMinor' }),
    );
  });
});

describe('refunds', () => {
  test.each([
    ['a partial refund of a paid order', sale(10_000n, 10_000n), 2_500n, 2_500n],
    ['the rest after earlier refunds', sale(10_000n, 10_000n, 2_500n), 7_500n, 10_000n],
    ['what was paid of an order paid in part', sale(10_000n, 4_000n), 4_000n, 4_000n],
  ])('%s', (_name, before, amount, refundedAfter) => {
    expect(applyRefund(before, amount)).toEqual({ ...before, refundedMinor: refundedAfter });
  });

  test.each([
    ['of an order recorded unpaid', sale(10_000n, 0n), 1n, 'LEDGER_REFUND_EXCEEDS_SALE'],
    ['beyond what was paid', sale(10_000n, 4_000n), 4_001n, 'LEDGER_REFUND_EXCEEDS_SALE'],
    [
      'beyond what is left after refunds',
      sale(10_000n, 10_000n, 6_000n),
      6_000n,
      'LEDGER_REFUND_EXCEEDS_SALE',
    ],
    ['of zero', sale(10_000n, 10_000n), 0n, 'REFUND_AMOUNT_INVALID'],
  ])('refuses a refund %s', (_name, before, amount, code) => {
    expect(() => applyRefund(before, amount)).toThrow(
      expect.objectContaining({ code, field: 'amountMinor' }),
    );
  });

  test('property: accepted payments and refunds never exceed the total, nor refunds the payments', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 1_000_000n }),
        fc.array(fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 400_000n })), { maxLength: 30 }),
        (total, events) => {
          let state = sale(total, 0n);
          for (const [isPayment, amount] of events) {
            try {
              state = isPayment ? applyInstalment(state, amount) : applyRefund(state, amount);
            } catch {
              // refused: the state is unchanged
            }
            expect(state.paidMinor <= state.totalMinor).toBe(true);
            expect(state.refundedMinor <= state.paidMinor).toBe(true);
          }
        },
      ),
    );
  });
});

describe('renewals', () => {
  const items = [
    { sku: 'PLAN', unitPriceMinor: 3_000n, quantity: 1, subscription: true },
    { sku: 'SETUP', unitPriceMinor: 9_900n, quantity: 1, subscription: false },
    { sku: 'SEAT', unitPriceMinor: 1_000n, quantity: 2, subscription: true },
  ];

  test('a renewal comes right after the last payment number and splits its net amount over the plan lines', () => {
    const plan = planRenewal({ items, lastPaymentNumber: 3, amountMinor: 5_500n, taxMinor: 500n });
    expect(plan.paymentNumber).toBe(4);
    expect(plan.lines.map((line) => [line.item.sku, line.netMinor])).toEqual([
      ['PLAN', 3_000n],
      ['SEAT', 2_000n],
    ]);
  });

  test('the first renewal is payment 2; free plans share equally and the parts always add up', () => {
    const free = items.map((item) => ({ ...item, unitPriceMinor: 0n }));
    const plan = planRenewal({ items: free, lastPaymentNumber: 1, amountMinor: 1_001n, taxMinor: 0n });
    expect(plan.paymentNumber).toBe(2);
    expect(plan.lines.map((line) => line.netMinor)).toEqual([501n, 500n]);
  });

  test.each([
    ['no subscription line', [items[1]!], 1_000n, 0n, 'ORDER_NOT_SUBSCRIPTION', 'orderExternalId'],
    ['a tax above the payment', items, 1_000n, 1_001n, 'TAX_EXCEEDS_PAYMENT', 'taxMinor'],
    ['a zero payment', items, 0n, 0n, 'PAYMENT_AMOUNT_INVALID', 'amountMinor'],
  ])('refuses %s', (_name, lines, amountMinor, taxMinor, code, field) => {
    expect(() => planRenewal({ items: lines, lastPaymentNumber: 1, amountMinor, taxMinor })).toThrow(
      expect.objectContaining({ code, field }),
    );
  });
});

describe('ON_PAYMENT refunds between payments', () => {
  const prog = program([pct(1, '10'), pct(2, '30', 'CHILD_COMMISSION')], { timing: 'ON_PAYMENT' });
  const partners = chain('a', 'b');

  /** Runs payments and refunds of one order in the given sequence; returns each partner's net earnings. */
  function run(total: bigint, steps: ReadonlyArray<{ pay: boolean; amount: bigint; id: string }>) {
    const commissions = new Map<string, Commission>();
    const payments: OrderPayment[] = [];
    let amounts = sale(total, 0n);
    const net = new Map<string, bigint>();
    const book = (partnerId: string, amount: bigint) =>
      net.set(partnerId, (net.get(partnerId) ?? 0n) + amount);
    for (const [index, step] of steps.entries()) {
      const at = days(index + 1);
      if (step.pay) {
        amounts = applyInstalment(amounts, step.amount);
        payments.push({ id: step.id, amountMinor: step.amount, at });
        const lines = calculateCommissions({
          order: order(total, { payments }),
          programs: [prog],
          credits: [{ partnerId: 'a', weightBps: 10_000 }],
          partners,
        }).filter((line) => !commissions.has(line.key));
        const decision = createCommissions(lines, [prog]);
        for (const c of decision.commissions) commissions.set(c.id, c);
        for (const e of decision.entries) book(e.partnerId, e.amount.amountMinor);
      } else {
        const decision = refundSale(
          [...commissions.values()],
          { id: step.id, amountMinor: step.amount, at },
          amounts,
        );
        amounts = decision.sale;
        for (const c of decision.commissions) commissions.set(c.id, c);
        for (const e of decision.entries) book(e.partnerId, e.amount.amountMinor);
      }
    }
    return { net, amounts };
  }

  test('a refund before the last instalment reverses exactly what it gave back', () => {
    // $100 at 10 %: $20 paid, $20 refunded, $80 paid, $10 refunded -> $70 net, $7.00 earned, $2.10 for the parent.
    const { net } = run(10_000n, [
      { pay: true, amount: 2_000n, id: 'p1' },
      { pay: false, amount: 2_000n, id: 'r1' },
      { pay: true, amount: 8_000n, id: 'p2' },
      { pay: false, amount: 1_000n, id: 'r2' },
    ]);
    expect(net.get('a')).toBe(700n);
    expect(net.get('b')).toBe(210n);
  });

  test('property: payments then refunds, or refunds between payments, earn the same (within a cent per refund)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 100n, max: 1_000_000n }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { minLength: 9, maxLength: 9 }),
        (total, paymentWeights, refundWeights, positions) => {
          const weightSum = paymentWeights.reduce((a, b) => a + b, 0);
          const payments = paymentWeights.map((w, i) => ({
            pay: true,
            id: `p${i}`,
            amount: i === paymentWeights.length - 1 ? 0n : (total * BigInt(w)) / BigInt(weightSum),
          }));
          const paidBefore = payments.reduce((a, p) => a + p.amount, 0n);
          payments[payments.length - 1]!.amount = total - paidBefore;
          const paying = payments.filter((p) => p.amount > 0n);
          // Refunds: each a share of what is paid by the time it comes, placed between payments.
          const interleaved: { pay: boolean; amount: bigint; id: string }[] = [...paying];
          refundWeights.forEach((w, i) => {
            const at = 1 + ((positions[i] ?? 0) % interleaved.length);
            interleaved.splice(at, 0, { pay: false, id: `r${i}`, amount: BigInt(w) });
          });
          // Size each refund to a share of what is refundable at its place, so both orders accept it.
          let paid = 0n;
          let refunded = 0n;
          for (const step of interleaved) {
            if (step.pay) paid += step.amount;
            else {
              step.amount = ((paid - refunded) * step.amount) / 200n;
              refunded += step.amount;
            }
          }
          const kept = interleaved.filter((step) => step.amount > 0n);
          const sequential = [...kept.filter((s) => s.pay), ...kept.filter((s) => !s.pay)];
          const a = run(total, kept);
          const b = run(total, sequential);
          expect(a.amounts).toEqual(b.amounts);
          const refunds = BigInt(kept.filter((s) => !s.pay).length);
          for (const partner of ['a', 'b']) {
            const difference = (a.net.get(partner) ?? 0n) - (b.net.get(partner) ?? 0n);
            expect(difference <= refunds && difference >= -refunds).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});
