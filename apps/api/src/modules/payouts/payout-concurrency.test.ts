import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lockForTransaction, lockName } from '../../database/advisory-locks.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import {
  createTestApp,
  onPostgreSQL,
  signedInAdmin,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { balanceOf, batchInput, PAYOUT_BATCH, payableSale, payoutSetup } from '../../test-support/payouts.js';

/**
 * Payout batches sent at the same moment, really in flight at once on PostgreSQL (a pool of 16
 * connections): every partner is paid exactly once, whatever the interleaving. The embedded database runs
 * one transaction at a time and would hide every race, so these tests need PostgreSQL.
 */
const postgres = onPostgreSQL();
if (!postgres) {
  console.log(
    '[payout concurrency] skipped: no PostgreSQL; the embedded database runs one transaction at a time.',
  );
}

let t: TestApp;
let admin: Caller;
let events: Caller;
beforeAll(async () => {
  t = await createTestApp({}, { poolSize: 16 });
  admin = await signedInAdmin(t);
  const key = await t.gql(
    'mutation { createApiKey(input: { name: "Shop", scopes: ["events:write", "*:read"] }) { secret } }',
    {},
    admin,
  );
  events = { bearer: key.data!.createApiKey.secret };
});
afterAll(() => t?.close());

const RECORD_PAYMENT = `mutation($i: RecordPartnerPaymentInput!) { recordPartnerPayment(input: $i) {
  id payments { entry { id } } } }`;
const VOID_PAYMENT = 'mutation($i: VoidPaymentInput!) { voidPayment(input: $i) { id } }';
const single = (partnerId: string, key: string) => ({
  idempotencyKey: `single-${key}-${partnerId}`,
  partnerId,
  currency: 'USD',
  method: 'BANK_TRANSFER',
});

const together = <T>(n: number, send: (index: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, index) => send(index)));

/** How many transactions wait for an advisory lock in this database now. */
async function waitingForLocks(): Promise<number> {
  const rows: Array<{ n: string }> = await t.orm.em
    .fork()
    .getConnection()
    .execute(
      `select count(*) as n from pg_locks l join pg_database d on d.oid = l.database
       where l.locktype = 'advisory' and not l.granted and d.datname = current_database()`,
    );
  return Number(rows[0]!.n);
}

/**
 * Sends `n` operations while this test holds the payout locks of `partnerIds`, and lets go only once all
 * `n` are inside their transactions waiting for them: proof that they are really in flight at once.
 */
async function allInFlight<T>(
  partnerIds: string[],
  n: number,
  send: (index: number) => Promise<T>,
): Promise<T[]> {
  let results!: Promise<T[]>;
  await t.orm.em.fork().transactional(async (tx) => {
    await lockForTransaction(
      tx,
      partnerIds.map((id) => lockName.partnerPayout(id, 'USD')),
    );
    results = together(n, send);
    while ((await waitingForLocks()) < n) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  return results;
}

describe.skipIf(!postgres)('concurrent payout batches', () => {
  test('one payment voided eight times at once is reversed once; payments racing the voids never exceed payable', async () => {
    const s = await payoutSetup(t, admin);
    await payableSale(t, events, s); // child: $10.00 payable
    const paid = await t.gql(
      RECORD_PAYMENT,
      { i: { ...single(s.child.id, 'first'), amountMinor: '1000' } },
      admin,
    );
    expect(paid.errors).toBeUndefined();
    const entryId = paid.data!.recordPartnerPayment.payments[0].entry.id as string;
    expect((await balanceOf(t, admin, s.child.id)).payable).toBe('0');
    // Eight voids of that payment and four new $4.00 payments, all waiting on the partner's lock at once.
    const results = await allInFlight([s.child.id], 12, (i) =>
      i < 8
        ? t.gql(VOID_PAYMENT, { i: { entryId, reason: `void ${i}` } }, admin)
        : t.gql(RECORD_PAYMENT, { i: { ...single(s.child.id, `again-${i}`), amountMinor: '400' } }, admin),
    );
    const voids = results.slice(0, 8);
    expect(voids.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(voids.filter((r) => r.errors).map((r) => r.errors![0]!.extensions?.reason))).toEqual(
      new Set(['PAYMENT_ALREADY_VOIDED']),
    );
    const entries = await t.orm.em.fork().find(LedgerEntry, { partner: s.child.id, kind: 'PAYMENT' });
    // The payment, its one reversal, and the new payments that found enough payable when they ran.
    const reversals = entries.filter((e) => e.amountMinor > 0n);
    expect(reversals).toHaveLength(1);
    expect(reversals[0]!.amountMinor).toBe(1000n);
    const repaid =
      entries.filter((e) => e.amountMinor < 0n).reduce((sum, e) => sum - e.amountMinor, 0n) - 1000n;
    expect(repaid).toBeLessThanOrEqual(1000n);
    expect(BigInt((await balanceOf(t, admin, s.child.id)).payable)).toBe(1000n - repaid);
    for (const r of results.slice(8))
      if (r.errors) expect(r.errors[0]!.extensions?.reason).toBe('PAYOUT_EXCEEDS_PAYABLE');
  });

  test('one adjustment sent eight times at once with its idempotency key is added once', async () => {
    const s = await payoutSetup(t, admin);
    const results = await allInFlight([s.child.id], 8, () =>
      t.gql(
        'mutation($i: AddAdjustmentInput!) { addAdjustment(input: $i) { id amount { amountMinor } } }',
        {
          i: {
            partnerId: s.child.id,
            currency: 'USD',
            amountMinor: '250',
            reason: 'Retried bonus',
            idempotencyKey: `retried-${s.child.id}`,
          },
        },
        admin,
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(8).fill(undefined));
    expect(new Set(results.map((r) => r.data!.addAdjustment.id)).size).toBe(1);
    const adjustments = await t.orm.em.fork().find(LedgerEntry, { partner: s.child.id, kind: 'ADJUSTMENT' });
    expect(adjustments.map((e) => e.amountMinor)).toEqual([250n]);
    expect(BigInt((await balanceOf(t, admin, s.child.id)).total)).toBe(250n);
  });

  test('adjustments and a batch of one partner at once: each adjustment once, the batch pays what was payable', async () => {
    const s = await payoutSetup(t, admin);
    await payableSale(t, events, s); // child: $10.00 payable
    const results = await allInFlight([s.child.id], 9, (i) =>
      i === 0
        ? t.gql(PAYOUT_BATCH, { i: batchInput({ partnerIds: [s.child.id] }) }, admin)
        : t.gql(
            'mutation($i: AddAdjustmentInput!) { addAdjustment(input: $i) { id } }',
            {
              i: {
                partnerId: s.child.id,
                currency: 'USD',
                amountMinor: i % 2 ? '-100' : '250',
                reason: `adjustment ${i}`,
              },
            },
            admin,
          ),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.reason)).toEqual(Array(9).fill(undefined));
    const entries = await t.orm.em.fork().find(LedgerEntry, { partner: s.child.id });
    const adjustments = entries.filter((e) => e.kind === 'ADJUSTMENT');
    expect(adjustments.map((e) => e.amountMinor).sort()).toEqual(
      [-100n, -100n, -100n, -100n, 250n, 250n, 250n, 250n].sort(),
    );
    const [payment] = entries.filter((e) => e.kind === 'PAYMENT');
    // The batch paid the payable balance of its moment: $10.00 plus the adjustments committed before it.
    const paid = -payment!.amountMinor;
    expect(paid).toBeGreaterThanOrEqual(1000n - 400n);
    expect(paid).toBeLessThanOrEqual(1000n + 1000n);
    const total = entries.reduce((sum, e) => sum + e.amountMinor, 0n);
    expect(total).toBe(1000n + 600n - paid);
    expect(BigInt((await balanceOf(t, admin, s.child.id)).total)).toBe(total);
  });
  test('ten batches with different keys over the same partners pay each partner once', async () => {
    const setups = await together(3, () => payoutSetup(t, admin));
    for (const s of setups) await payableSale(t, events, s);
    const partnerIds = setups.flatMap((s) => [s.child.id, s.parent.id]);
    const expected = new Map(
      await Promise.all(partnerIds.map(async (id) => [id, (await balanceOf(t, admin, id)).payable] as const)),
    );
    const results = await allInFlight(partnerIds, 10, (i) =>
      t.gql(
        PAYOUT_BATCH,
        { i: batchInput({ partnerIds: i % 2 ? [...partnerIds].reverse() : partnerIds }) },
        admin,
      ),
    );
    const created = results.filter((r) => r.data?.createPayoutBatch.created);
    const refused = results.filter((r) => r.errors).map((r) => r.errors![0]!.extensions?.reason);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(created.length + refused.length).toBe(10);
    expect(new Set(refused)).toEqual(new Set(refused.length ? ['PAYOUT_NOTHING_TO_PAY'] : []));
    const payments = await t.orm.em
      .fork()
      .find(LedgerEntry, { partner: { $in: partnerIds }, kind: 'PAYMENT' });
    expect(payments.map((p) => p.partner.id).sort()).toEqual([...partnerIds].sort());
    for (const payment of payments)
      expect(-payment.amountMinor).toBe(BigInt(expected.get(payment.partner.id)!));
    for (const id of partnerIds) expect((await balanceOf(t, admin, id)).payable).toBe('0');
  });

  test('the same idempotency key sent eight times at once is one batch, paid once', async () => {
    const s = await payoutSetup(t, admin);
    await payableSale(t, events, s);
    const input = batchInput({ partnerIds: [s.child.id, s.parent.id] });
    const results = await together(8, () => t.gql(PAYOUT_BATCH, { i: input }, admin));
    expect(results.map((r) => r.errors)).toEqual(Array(8).fill(undefined));
    const ids = new Set(results.map((r) => r.data!.createPayoutBatch.batch.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.data!.createPayoutBatch.created)).toHaveLength(1);
    const payments = await t.orm.em
      .fork()
      .find(LedgerEntry, { partner: { $in: [s.child.id, s.parent.id] }, kind: 'PAYMENT' });
    expect(payments).toHaveLength(2);
  });

  test('a batch and single payments of the same partner at once never pay more than payable', async () => {
    const s = await payoutSetup(t, admin);
    await payableSale(t, events, s); // child: $10.00 payable
    const results = await allInFlight([s.child.id], 6, (i) =>
      i === 0
        ? t.gql(PAYOUT_BATCH, { i: batchInput({ partnerIds: [s.child.id] }) }, admin)
        : t.gql(
            'mutation($i: RecordPartnerPaymentInput!) { recordPartnerPayment(input: $i) { id } }',
            {
              i: {
                idempotencyKey: `single-${i}-${s.child.id}`,
                partnerId: s.child.id,
                amountMinor: '400',
                currency: 'USD',
                method: 'BANK_TRANSFER',
              },
            },
            admin,
          ),
    );
    const payments = await t.orm.em.fork().find(LedgerEntry, { partner: s.child.id, kind: 'PAYMENT' });
    const paid = payments.reduce((sum, p) => sum - p.amountMinor, 0n);
    expect(paid).toBeLessThanOrEqual(1000n);
    expect(paid).toBeGreaterThan(0n);
    expect(BigInt((await balanceOf(t, admin, s.child.id)).payable)).toBe(1000n - paid);
    const reasons = results.filter((r) => r.errors).map((r) => r.errors![0]!.extensions?.reason);
    expect(reasons.every((r) => r === 'PAYOUT_EXCEEDS_PAYABLE' || r === 'PAYOUT_NOTHING_TO_PAY')).toBe(true);
  });
});
