import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Commission } from '../lifecycle/index.js';
import { T0, days } from '../testing/fixtures.js';
import { balanceFromSums, computeBalances } from './balances.js';
import { createAdjustment } from './adjustment.js';
import {
  ledgerEntryCause,
  payoutReadiness,
  planPaymentVoid,
  planPayouts,
  planSinglePayment,
  type PayoutPayee,
} from './payouts.js';
import type { LedgerEntry } from './ledger.types.js';

const usd = (amountMinor: bigint) => ({ amountMinor, currency: 'USD' });
const balance = (payable: bigint, pending = 0n, flagged = 0n, currency = 'USD') =>
  balanceFromSums('p1', currency, {
    totalMinor: payable + pending + flagged,
    pendingMinor: pending,
    flaggedMinor: flagged,
  });

function commission(id: string, amountMinor: bigint, extra: Partial<Commission> = {}): Commission {
  return {
    id,
    partnerId: 'p1',
    chainKey: 'p1',
    kind: 'SALE',
    sourceId: `order-${id}`,
    level: 1,
    programId: 'prog',
    timing: 'UPFRONT',
    paymentId: null,
    amount: usd(amountMinor),
    createdAt: days(-40),
    availableAt: days(-10),
    review: 'NONE',
    reversedMinor: 0n,
    voidedAt: null,
    paidAt: null,
    payoutBatchId: null,
    ...extra,
  };
}

const payee = (extra: Partial<PayoutPayee> = {}): PayoutPayee => ({
  partnerId: 'p1',
  balance: balance(5_000n),
  minimumMinor: 0n,
  hasPayoutDetails: true,
  commissions: [],
  alreadyPaid: false,
  ...extra,
});

describe('payoutReadiness', () => {
  test.each([
    { payable: 0n, minimum: 0n, details: true, expected: 'NOTHING_PAYABLE' },
    { payable: -100n, minimum: 0n, details: true, expected: 'NOTHING_PAYABLE' },
    { payable: 2_000n, minimum: 5_000n, details: true, expected: 'BELOW_MINIMUM' },
    { payable: 2_000n, minimum: 5_000n, details: false, expected: 'BELOW_MINIMUM' },
    { payable: 5_000n, minimum: 5_000n, details: false, expected: 'NO_PAYOUT_DETAILS' },
    { payable: 5_000n, minimum: 5_000n, details: true, expected: 'READY' },
    { payable: 1n, minimum: 0n, details: true, expected: 'READY' },
  ])('payable $payable, minimum $minimum, details $details: $expected', (row) => {
    expect(
      payoutReadiness({
        balance: balance(row.payable, 700n, 300n),
        minimumMinor: row.minimum,
        hasPayoutDetails: row.details,
      }),
    ).toBe(row.expected);
  });
});

describe('planPayouts', () => {
  test('pays the whole payable balance, settles the payable commissions only', () => {
    const plan = planPayouts({
      batchId: 'b1',
      currency: 'USD',
      at: T0,
      method: 'PAYPAL',
      reference: ' ref-1 ',
      adminId: 'admin',
      payees: [
        payee({
          balance: balance(5_000n, 1_000n, 200n),
          commissions: [
            commission('c1', 5_000n),
            commission('c2', 1_000n, { availableAt: days(5) }),
            commission('c3', 200n, { review: 'FLAGGED' }),
          ],
        }),
      ],
    });
    expect(plan.entries).toEqual([
      {
        id: 'payment:b1:p1:USD',
        partnerId: 'p1',
        kind: 'PAYMENT',
        amount: usd(-5_000n),
        effectiveAt: T0,
        availableAt: T0,
        commissionId: null,
        refundId: null,
        payoutBatchId: 'b1',
        method: 'PAYPAL',
        reference: 'ref-1',
        reason: null,
        adminId: 'admin',
      },
    ]);
    expect(plan.commissions.map((c) => [c.id, c.paidAt, c.payoutBatchId])).toEqual([['c1', T0, 'b1']]);
  });

  test('skips with the reason; already paid is not an error (a retry)', () => {
    const plan = planPayouts({
      batchId: 'b1',
      currency: 'USD',
      at: T0,
      method: 'CHECK',
      payees: [
        payee({ partnerId: 'a', alreadyPaid: true }),
        payee({ partnerId: 'b', balance: balance(0n) }),
        payee({ partnerId: 'c', minimumMinor: 10_000n }),
        payee({ partnerId: 'd', hasPayoutDetails: false }),
      ],
    });
    expect(plan.entries).toEqual([]);
    expect(plan.skipped).toEqual([
      { partnerId: 'a', reason: 'ALREADY_PAID' },
      { partnerId: 'b', reason: 'NOTHING_PAYABLE' },
      { partnerId: 'c', reason: 'BELOW_MINIMUM' },
      { partnerId: 'd', reason: 'NO_PAYOUT_DETAILS' },
    ]);
  });

  test.each([
    { name: 'empty selection', payees: [], code: 'PAYOUT_NOTHING_TO_PAY', field: 'partnerIds' },
    {
      name: 'nobody payable',
      payees: [payee({ balance: balance(0n, 500n) })],
      code: 'PAYOUT_NOTHING_TO_PAY',
      field: 'partnerIds',
    },
    {
      name: 'a partner twice',
      payees: [payee(), payee()],
      code: 'PAYOUT_INVALID',
      field: 'payees',
    },
    {
      name: 'a balance of another currency',
      payees: [payee({ balance: balance(100n, 0n, 0n, 'EUR') })],
      code: 'PAYOUT_INVALID',
      field: 'payees',
    },
  ])('refuses $name', ({ payees, code, field }) => {
    expect(() =>
      planPayouts({ batchId: 'b', currency: 'USD', at: T0, method: 'PAYPAL', payees }),
    ).toThrowError(expect.objectContaining({ code, field }));
  });

  test('refuses a batch without method', () => {
    expect(() =>
      planPayouts({ batchId: 'b', currency: 'USD', at: T0, method: ' ', payees: [payee()] }),
    ).toThrowError(expect.objectContaining({ code: 'PAYOUT_INVALID', field: 'method' }));
  });
});

describe('planSinglePayment', () => {
  const base = {
    batchId: 'b2',
    partnerId: 'p1',
    method: 'BANK_TRANSFER',
    adminId: 'admin',
    at: T0,
    commissions: [commission('old', 2_000n, { availableAt: days(-20) }), commission('new', 3_000n)],
  };

  test('the whole payable balance settles every payable commission', () => {
    const result = planSinglePayment({ ...base, amount: usd(5_000n), balance: balance(5_000n) });
    expect(result.entry.amount).toEqual(usd(-5_000n));
    expect(result.entry.id).toBe('payment:b2:p1:USD');
    expect(result.commissions.map((c) => c.id)).toEqual(['old', 'new']);
  });

  test('a part settles the oldest commissions that fit', () => {
    const result = planSinglePayment({ ...base, amount: usd(2_500n), balance: balance(5_000n) });
    expect(result.entry.amount).toEqual(usd(-2_500n));
    expect(result.commissions.map((c) => c.id)).toEqual(['old']);
  });

  test.each([
    { name: 'zero', amount: usd(0n), bal: balance(5_000n), code: 'PAYOUT_AMOUNT_INVALID', field: 'amount' },
    {
      name: 'negative',
      amount: usd(-1n),
      bal: balance(5_000n),
      code: 'PAYOUT_AMOUNT_INVALID',
      field: 'amount',
    },
    {
      name: 'above payable',
      amount: usd(5_001n),
      bal: balance(5_000n, 9_000n),
      code: 'PAYOUT_EXCEEDS_PAYABLE',
      field: 'amount',
    },
    {
      name: 'a currency not held',
      amount: usd(1n),
      bal: null,
      code: 'PAYOUT_CURRENCY_NOT_HELD',
      field: 'currency',
    },
    {
      name: 'another currency',
      amount: { amountMinor: 1n, currency: 'EUR' },
      bal: balance(5_000n),
      code: 'PAYOUT_CURRENCY_NOT_HELD',
      field: 'currency',
    },
  ])('refuses $name', ({ amount, bal, code, field }) => {
    expect(() => planSinglePayment({ ...base, amount, balance: bal })).toThrowError(
      expect.objectContaining({ code, field }),
    );
  });
});

describe('planPaymentVoid', () => {
  const paid = planSinglePayment({
    batchId: 'b3',
    partnerId: 'p1',
    method: 'PAYPAL',
    reference: 'TX-1',
    adminId: 'admin',
    at: T0,
    amount: usd(5_000n),
    balance: balance(5_000n),
    commissions: [commission('c1', 5_000n)],
  });

  test('an API key (no admin) may void: the entry records no admin; an empty admin id is refused', () => {
    const input = {
      payment: paid.entry,
      alreadyVoided: false,
      commissions: paid.commissions,
      reason: 'bounced',
      at: days(1),
    };
    expect(planPaymentVoid({ ...input, adminId: null }).entry.adminId).toBeNull();
    expect(() => planPaymentVoid({ ...input, adminId: '' })).toThrow(
      expect.objectContaining({ code: 'LEDGER_ENTRY_INVALID', field: 'adminId' }),
    );
  });

  test('reverses the payment and makes its commissions payable again', () => {
    const result = planPaymentVoid({
      payment: paid.entry,
      alreadyVoided: false,
      commissions: [...paid.commissions, commission('other', 10n, { paidAt: T0, payoutBatchId: 'b9' })],
      reason: 'bounced',
      adminId: 'admin',
      at: days(1),
    });
    expect(result.entry).toMatchObject({
      id: 'payment-void:payment:b3:p1:USD',
      kind: 'PAYMENT',
      amount: usd(5_000n),
      payoutBatchId: 'b3',
      reference: 'TX-1',
      reason: 'bounced',
      availableAt: days(1),
    });
    expect(result.commissions.map((c) => [c.id, c.paidAt, c.payoutBatchId])).toEqual([['c1', null, null]]);
  });

  test.each([
    { name: 'twice', extra: { alreadyVoided: true }, code: 'PAYMENT_ALREADY_VOIDED', field: 'entryId' },
    { name: 'without reason', extra: { reason: '  ' }, code: 'LEDGER_ENTRY_INVALID', field: 'reason' },
    {
      name: 'an adjustment',
      extra: {
        payment: createAdjustment({
          id: 'adj',
          partnerId: 'p1',
          amount: usd(-5n),
          reason: 'x',
          adminId: 'a',
          at: T0,
        }),
      },
      code: 'PAYMENT_NOT_VOIDABLE',
      field: 'entryId',
    },
  ])('refuses a void $name', ({ extra, code, field }) => {
    expect(() =>
      planPaymentVoid({
        payment: paid.entry,
        alreadyVoided: false,
        commissions: [],
        reason: 'bounced',
        adminId: 'admin',
        at: T0,
        ...extra,
      }),
    ).toThrowError(expect.objectContaining({ code, field }));
  });

  test('refuses to void a void', () => {
    const voided = planPaymentVoid({
      payment: paid.entry,
      alreadyVoided: false,
      commissions: [],
      reason: 'bounced',
      adminId: 'admin',
      at: T0,
    });
    expect(() =>
      planPaymentVoid({
        payment: voided.entry,
        alreadyVoided: false,
        commissions: [],
        reason: 'x',
        adminId: 'a',
        at: T0,
      }),
    ).toThrowError(expect.objectContaining({ code: 'PAYMENT_NOT_VOIDABLE' }));
  });
});

describe('ledgerEntryCause', () => {
  const entry = (fields: Partial<LedgerEntry>): LedgerEntry => ({
    id: 'x',
    partnerId: 'p1',
    kind: 'COMMISSION',
    amount: usd(100n),
    effectiveAt: T0,
    availableAt: T0,
    commissionId: 'c1',
    refundId: null,
    payoutBatchId: null,
    method: null,
    reference: null,
    reason: null,
    adminId: null,
    ...fields,
  });
  test.each([
    { fields: { id: 'commission:k' }, kind: 'COMMISSION_EARNED' },
    { fields: { amount: usd(-100n), refundId: 'r1', reason: 'REFUND' }, kind: 'REFUND' },
    { fields: { kind: 'CLAWBACK' as const, amount: usd(-100n), refundId: 'r1' }, kind: 'REFUND' },
    { fields: { amount: usd(-100n), reason: 'REJECTED', adminId: 'a' }, kind: 'REVIEW_REJECTED' },
    { fields: { amount: usd(-100n), reason: 'VOID' }, kind: 'COMMISSION_REVERSED' },
    { fields: { kind: 'PAYMENT' as const, commissionId: null, payoutBatchId: 'b' }, kind: 'PAYOUT' },
    { fields: { kind: 'ADJUSTMENT' as const, commissionId: null, reason: 'bonus' }, kind: 'ADJUSTMENT' },
  ])('$kind', ({ fields, kind }) => {
    expect(ledgerEntryCause(entry(fields)).kind).toBe(kind);
  });
  test('a void names the payment it reverses', () => {
    const cause = ledgerEntryCause(
      entry({ id: 'payment-void:payment:b:p1:USD', kind: 'PAYMENT', commissionId: null, payoutBatchId: 'b' }),
    );
    expect(cause).toMatchObject({
      kind: 'PAYMENT_VOID',
      voidedEntryId: 'payment:b:p1:USD',
      payoutBatchId: 'b',
    });
  });
});

describe('payout properties', () => {
  test('a batch zeroes the payable balance and never pays more than it; a second batch pays nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -5_000n, max: 20_000n }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.bigInt({ min: 0n, max: 10_000n }),
        (amounts, held, minimum) => {
          const entries: LedgerEntry[] = amounts
            .filter((a) => a !== 0n)
            .map((a, i) =>
              createAdjustment({
                id: `adj-${i}`,
                partnerId: 'p1',
                amount: usd(a),
                reason: 'r',
                adminId: 'admin',
                at: days(-5),
                availableAt: held[i] ? days(5) : days(-5),
              }),
            );
          const [before] = computeBalances(entries, { now: T0 });
          if (!before) return;
          const run = () =>
            planPayouts({
              batchId: 'b',
              currency: 'USD',
              at: T0,
              method: 'PAYPAL',
              payees: [payee({ balance: before, minimumMinor: minimum })],
            });
          const ready = before.payable.amountMinor > 0n && before.payable.amountMinor >= minimum;
          if (!ready) {
            expect(run).toThrowError(expect.objectContaining({ code: 'PAYOUT_NOTHING_TO_PAY' }));
            return;
          }
          const plan = run();
          const [after] = computeBalances([...entries, ...plan.entries], { now: T0 });
          expect(after!.payable.amountMinor).toBe(0n);
          expect(after!.pending).toEqual(before.pending);
          expect(-plan.entries[0]!.amount.amountMinor).toBeLessThanOrEqual(before.payable.amountMinor);
          expect(() =>
            planPayouts({
              batchId: 'b2',
              currency: 'USD',
              at: T0,
              method: 'PAYPAL',
              payees: [payee({ balance: after!, minimumMinor: minimum })],
            }),
          ).toThrowError(expect.objectContaining({ code: 'PAYOUT_NOTHING_TO_PAY' }));
        },
      ),
    );
  });
});
