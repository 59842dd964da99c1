import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Commission } from '../../kernel/commission.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { Customer } from '../../kernel/customer.entity.js';
import { InboundEvent } from '../inbound-events/inbound-event.entity.js';
import { OutboundEmail } from '../emails/outbound-email.entity.js';
import { SaleOrder, SalePayment, SaleRefund } from '../../kernel/order.entity.js';
import {
  createTestApp,
  onPostgreSQL,
  signedInAdmin,
  unique,
  type Caller,
  type GraphQLResult,
  type TestApp,
} from '../../test-support/test-app.js';
import {
  childOrder,
  RECORD_ORDER,
  RECORD_PAYMENT,
  RECORD_REFUND,
  salesSetup,
  type SalesSetup,
} from '../../test-support/sales.js';

/**
 * Events of one order sent at the same moment, many really in flight at once on PostgreSQL (a pool of 16
 * connections): the ledger must come out exactly as if they had arrived one at a time. The embedded
 * database runs one transaction at a time and would hide every race, so these tests need PostgreSQL.
 */
const ROUNDS = Number(process.env.CONCURRENCY_ROUNDS ?? 3);
const postgres = onPostgreSQL();
if (!postgres) {
  console.log(
    '[order concurrency] skipped: no PostgreSQL (set TEST_DATABASE_URL); the embedded database runs one transaction at a time.',
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

/** Sends `n` operations at once and waits for all of them. */
const together = <T>(n: number, send: (index: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, index) => send(index)));

const ledgerSum = async (partnerId: string) =>
  (await t.orm.em.fork().find(LedgerEntry, { partner: partnerId })).reduce(
    (sum, entry) => sum + entry.amountMinor,
    0n,
  );

const orderRow = (externalId: string) =>
  t.orm.em.fork().findOneOrFail(SaleOrder, { externalId, renewalOf: null });

function outcomes(results: GraphQLResult[], field: string) {
  const processed = results.filter((r) => (r.data?.[field] as { status?: string })?.status === 'PROCESSED');
  const refused = results.filter((r) => r.errors);
  return {
    processed: processed.length,
    refused: refused.map((r) => r.errors![0]!.extensions?.reason),
    other: results.length - processed.length - refused.length,
  };
}

describe.skipIf(!postgres)(
  'one order, one writer at a time (PostgreSQL, requests in flight together)',
  () => {
    let s: SalesSetup;
    beforeAll(async () => {
      s = await salesSetup(t, admin);
    });

    test.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))(
      'round %i: three refunds of 60 USD on a paid 100 USD order sent together: one is applied, two are refused',
      async () => {
        const input = childOrder(s);
        await t.gql(RECORD_ORDER, { i: input }, events);
        const results = await together(3, (n) =>
          t.gql(
            RECORD_REFUND,
            {
              i: {
                externalId: `${input.externalId}-r${n}`,
                orderExternalId: input.externalId,
                amountMinor: '6000',
              },
            },
            events,
          ),
        );
        expect(outcomes(results, 'recordRefund')).toEqual({
          processed: 1,
          refused: ['LEDGER_REFUND_EXCEEDS_SALE', 'LEDGER_REFUND_EXCEEDS_SALE'],
          other: 0,
        });
        const order = await orderRow(input.externalId);
        expect(order.refundedMinor).toBe(6000n);
        expect(await t.orm.em.fork().count(SaleRefund, { order })).toBe(1);
        const commissions = await t.orm.em
          .fork()
          .find(Commission, { sourceId: order.id }, { orderBy: { level: 'asc' } });
        expect(commissions.map((c) => c.reversedMinor)).toEqual([600n, 120n]);
        // The child earned $10.00 and lost 60 % of it; the parent $2.00 and lost 60 %.
        const [child, parent] = await Promise.all([
          t.orm.em.fork().find(LedgerEntry, { partner: s.child.id, commissionId: commissions[0]!.id }),
          t.orm.em.fork().find(LedgerEntry, { partner: s.parent.id, commissionId: commissions[1]!.id }),
        ]);
        expect(child.reduce((sum, e) => sum + e.amountMinor, 0n)).toBe(400n);
        expect(parent.reduce((sum, e) => sum + e.amountMinor, 0n)).toBe(80n);
      },
    );

    test('thirty $10 refunds of a paid $100 order sent together: exactly ten are applied and the sale nets to zero', async () => {
      const input = childOrder(s);
      await t.gql(RECORD_ORDER, { i: input }, events);
      const results = await together(30, (n) =>
        t.gql(
          RECORD_REFUND,
          {
            i: {
              externalId: `${input.externalId}-r${n}`,
              orderExternalId: input.externalId,
              amountMinor: '1000',
            },
          },
          events,
        ),
      );
      const outcome = outcomes(results, 'recordRefund');
      expect(outcome.processed).toBe(10);
      expect(outcome.refused).toEqual(Array(20).fill('LEDGER_REFUND_EXCEEDS_SALE'));
      const order = await orderRow(input.externalId);
      expect(order.refundedMinor).toBe(10_000n);
      const commissions = await t.orm.em.fork().find(Commission, { sourceId: order.id });
      expect(commissions.map((c) => [c.reversedMinor === c.amountMinor, c.voidedAt !== null])).toEqual([
        [true, true],
        [true, true],
      ]);
      const entries = await t.orm.em
        .fork()
        .find(LedgerEntry, { commissionId: { $in: commissions.map((c) => c.id) } });
      expect(entries.reduce((sum, e) => sum + e.amountMinor, 0n)).toBe(0n);
      const late = await t.gql(
        RECORD_REFUND,
        {
          i: { externalId: `${input.externalId}-late`, orderExternalId: input.externalId, amountMinor: '1' },
        },
        events,
      );
      expect(late.errors?.[0]?.extensions?.reason).toBe('LEDGER_REFUND_EXCEEDS_SALE');
    });

    test.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))(
      'round %i: ten instalments of 20 USD on a 100 USD ON_PAYMENT order sent together: five are applied, 2 USD earned on each',
      async () => {
        const onPayment = await salesSetup(t, admin, { timing: 'ON_PAYMENT' });
        const input = childOrder(onPayment, { paid: false });
        await t.gql(RECORD_ORDER, { i: input }, events);
        const results = await together(10, (n) =>
          t.gql(
            RECORD_PAYMENT,
            {
              i: {
                externalId: `${input.externalId}-p${n}`,
                orderExternalId: input.externalId,
                amountMinor: '2000',
              },
            },
            events,
          ),
        );
        const outcome = outcomes(results, 'recordPayment');
        expect(outcome.processed).toBe(5);
        expect(outcome.refused).toEqual(Array(5).fill('PAYMENT_EXCEEDS_ORDER'));
        const order = await orderRow(input.externalId);
        expect(order.paidMinor).toBe(10_000n);
        expect(await t.orm.em.fork().count(SalePayment, { order })).toBe(5);
        const commissions = await t.orm.em.fork().find(Commission, { sourceId: order.id, level: 1 });
        expect(commissions.map((c) => c.amountMinor)).toEqual(Array(5).fill(200n));
        expect(await ledgerSum(onPayment.child.id)).toBe(1000n);
        expect(await ledgerSum(onPayment.parent.id)).toBe(200n);
      },
    );

    test.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))(
      'round %i: four renewals sent together are payments 2, 3, 4 and 5 and earn within the limits',
      async () => {
        const plan = await salesSetup(t, admin);
        const updated = await t.gql(
          'mutation($id: ID!, $i: UpdateProgramInput!) { updateProgram(id: $id, input: $i) { id } }',
          {
            id: plan.programId,
            i: {
              rules: [
                { layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10' } }] },
                {
                  layer: 'SUBSCRIPTION',
                  productIds: [plan.planId],
                  levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '30' } }],
                  // payments 1-3 earn 30 %, payment 4 earns 10 %, later ones nothing
                  recurring: {
                    maxPayments: 4,
                    afterPayments: 3,
                    afterLevels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10' } }],
                  },
                },
              ],
            },
          },
          admin,
        );
        expect(updated.errors).toBeUndefined();
        const input = childOrder(plan, { items: [{ sku: plan.planSku, unitPriceMinor: '5000' }] });
        await t.gql(RECORD_ORDER, { i: input }, events);
        const results = await together(4, (n) =>
          t.gql(
            RECORD_PAYMENT,
            {
              i: {
                externalId: `${input.externalId}-m${n}`,
                orderExternalId: input.externalId,
                amountMinor: '5000',
                renewal: true,
              },
            },
            events,
          ),
        );
        expect(outcomes(results, 'recordPayment')).toEqual({ processed: 4, refused: [], other: 0 });
        const first = await orderRow(input.externalId);
        const renewals = await t.orm.em
          .fork()
          .find(SaleOrder, { renewalOf: first }, { orderBy: { paymentNumber: 'asc' } });
        expect(renewals.map((r) => r.paymentNumber)).toEqual([2, 3, 4, 5]);
        const earned = await t.orm.em.fork().find(Commission, {
          sourceId: { $in: [first.id, ...renewals.map((r) => r.id)] },
        });
        const byNumber = new Map([[first.id, 1], ...renewals.map((r) => [r.id, r.paymentNumber!] as const)]);
        expect(earned.map((c) => [byNumber.get(c.sourceId), c.amountMinor]).sort()).toEqual([
          [1, 1500n],
          [2, 1500n],
          [3, 1500n],
          [4, 500n],
        ]);
        expect(await ledgerSum(plan.child.id)).toBe(5000n);
      },
    );

    test.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))(
      'round %i: twenty orders each sent together with their refund or payment: none is left waiting',
      async () => {
        const pairs = await together(20, async (n) => {
          const paid = n % 2 === 0;
          const input = childOrder(s, { paid });
          // Staggered by 0 to 19 ms, so the follow-up lands at every point of the order's transaction.
          const follow = new Promise((resolve) => setTimeout(resolve, n)).then(() =>
            paid
              ? t.gql(
                  RECORD_REFUND,
                  {
                    i: {
                      externalId: `${input.externalId}-r`,
                      orderExternalId: input.externalId,
                      amountMinor: '5000',
                    },
                  },
                  events,
                )
              : t.gql(
                  RECORD_PAYMENT,
                  {
                    i: {
                      externalId: `${input.externalId}-p`,
                      orderExternalId: input.externalId,
                      amountMinor: '10000',
                    },
                  },
                  events,
                ),
          );
          const [order, event] = await Promise.all([t.gql(RECORD_ORDER, { i: input }, events), follow]);
          expect(order.errors).toBeUndefined();
          expect(event.errors).toBeUndefined();
          return { externalId: input.externalId, paid };
        });
        for (const { externalId, paid } of pairs) {
          const waiting = await t.orm.em.fork().find(InboundEvent, { orderExternalId: externalId });
          expect(waiting.map((e) => e.status)).toEqual(['PROCESSED']);
          const order = await orderRow(externalId);
          expect([order.paidMinor, order.refundedMinor]).toEqual(paid ? [10_000n, 5_000n] : [10_000n, 0n]);
          const commissions = await t.orm.em.fork().find(Commission, { sourceId: order.id, level: 1 });
          expect(commissions.map((c) => c.amountMinor - c.reversedMinor)).toEqual([paid ? 500n : 1000n]);
        }
      },
    );

    test('ten orders of one new customer sent together: all recorded, one customer, one referral', async () => {
      const customer = { externalId: `cust-${unique()}`, email: `buyer-${unique()}@example.test` };
      const results = await together(10, () =>
        t.gql(RECORD_ORDER, { i: childOrder(s, { customer }) }, events),
      );
      expect(results.map((r) => r.errors?.[0]?.extensions?.reason ?? r.data!.recordOrder.status)).toEqual(
        Array(10).fill('PROCESSED'),
      );
      const customers = await t.orm.em.fork().find(Customer, { externalId: customer.externalId });
      expect(customers).toHaveLength(1);
      expect(customers[0]!.referredBy?.id).toBe(s.child.id);
    });

    test('the same delivery sent twenty times at once is recorded once', async () => {
      const input = childOrder(s);
      const results = await together(20, () => t.gql(RECORD_ORDER, { i: input }, events));
      expect(results.filter((r) => r.data?.recordOrder?.duplicate === false)).toHaveLength(1);
      expect(results.filter((r) => r.data?.recordOrder?.duplicate === true)).toHaveLength(19);
      const order = await orderRow(input.externalId);
      expect(await t.orm.em.fork().count(Commission, { sourceId: order.id })).toBe(2);
    });

    test('under load: forty orders of fresh partners, each delivered three times, all in flight at once: one commission set per order, one first-commission email per partner', async () => {
      const fresh = await salesSetup(t, admin);
      const inputs = Array.from({ length: 40 }, (_, n) =>
        childOrder(fresh, {
          paid: n % 2 === 0,
          customer: { externalId: `load-${unique()}`, email: `load-${unique()}@example.test` },
        }),
      );
      const results = await together(inputs.length * 3, (n) =>
        t.gql(RECORD_ORDER, { i: inputs[n % inputs.length] }, events),
      );
      expect(results.filter((r) => r.errors)).toEqual([]);
      for (const input of inputs) {
        const deliveries = results.filter((r) => r.data!.recordOrder.order?.externalId === input.externalId);
        expect(deliveries.map((r) => r.data!.recordOrder.duplicate).sort()).toEqual([false, true, true]);
        const order = await orderRow(input.externalId);
        const commissions = await t.orm.em
          .fork()
          .find(Commission, { sourceId: order.id }, { orderBy: { level: 'asc' } });
        expect(commissions.map((c) => [c.level, c.partner.id, c.amountMinor])).toEqual([
          [1, fresh.child.id, 1000n],
          [2, fresh.parent.id, 200n],
        ]);
        expect(await t.orm.em.fork().count(LedgerEntry, { commissionId: commissions.map((c) => c.id) })).toBe(
          2,
        );
      }
      expect(await ledgerSum(fresh.child.id)).toBe(40n * 1000n);
      expect(await ledgerSum(fresh.parent.id)).toBe(40n * 200n);
      const emails = await t.orm.em.fork().find(OutboundEmail, {
        kind: 'FIRST_COMMISSION',
        to: { $in: [fresh.child.email, fresh.parent.email] },
      });
      expect(emails.map((email) => email.to).sort()).toEqual([fresh.child.email, fresh.parent.email].sort());
    });
  },
);
