import fc from 'fast-check';
import {
  applyInstalment,
  applyRefund,
  calculateCommissions,
  computeBalances,
  createCommissions,
  defineProgram,
  planRenewal,
  refundSale,
  type Commission,
  type LedgerEntry,
  type Order,
  type OrderPayment,
  type Program,
  type SaleAmounts,
} from '@partnerkit/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
  RECORD_ORDER,
  RECORD_PAYMENT,
  RECORD_REFUND,
  salesSetup,
  type SalesSetup,
} from '../../test-support/sales.js';

/**
 * A model test: random sequences of orders, instalments, refunds and renewals, each step sent alone or as a
 * batch of requests in flight together, go to the real API on PostgreSQL; the same events go to a model
 * built from packages/domain alone (the rules, without the API's storage). After every step, each order's
 * paid and refunded amounts and each partner's ledger sum and balances must equal the model's.
 *
 * In a concurrent batch one order gets events of one kind (instalments, refunds or renewals of one amount),
 * so whatever order the server applies them in, the sums are the same; which ones the server refused must be
 * exactly the ones the limits refuse after the others were applied.
 */
const RUNS = Number(process.env.MODEL_RUNS ?? 15);
const postgres = onPostgreSQL();
if (!postgres) {
  console.log(
    '[order model] skipped: no PostgreSQL (set TEST_DATABASE_URL); it needs concurrent transactions.',
  );
}

const SUBSCRIPTION_RULE = (planId: string) => ({
  layer: 'SUBSCRIPTION',
  productIds: [planId],
  levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '30' } }],
  recurring: {
    maxPayments: 4,
    afterPayments: 3,
    afterLevels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10' } }],
  },
});
const LEVELS = [
  { level: 1, sale: { kind: 'PERCENT', percent: '10', of: 'BASE' } },
  { level: 2, sale: { kind: 'PERCENT', percent: '20', of: 'CHILD_COMMISSION' } },
] as const;

type Timing = 'UPFRONT' | 'ON_PAYMENT';

interface Book {
  timing: Timing;
  setup: SalesSetup;
  program: Program;
}

interface ModelOrder {
  externalId: string;
  book: Book;
  plan: boolean;
  priceMinor: bigint;
  amounts: SaleAmounts;
  payments: OrderPayment[];
  lastPaymentNumber: number;
  /** The domain's commissions of the first order (refunds reverse these). */
  commissions: Map<string, Commission>;
  orderedAt: Date;
  seq: number;
}

/** The model: the domain's rules applied to the same events, with the domain's own ledger entries. */
class Model {
  orders: ModelOrder[] = [];
  entries: LedgerEntry[] = [];
  private seq = 0;
  private at = () => new Date(Date.now() + this.seq++);

  private credit(order: ModelOrder, sale: Order): Commission[] {
    const setup = order.book.setup;
    const lines = calculateCommissions({
      order: sale,
      programs: [order.book.program],
      credits: [{ partnerId: setup.child.id, weightBps: 10_000 }],
      partners: [
        { id: setup.child.id, parentId: setup.parent.id, status: 'ACTIVE' },
        { id: setup.parent.id, parentId: null, status: 'ACTIVE' },
      ],
    });
    const fresh = lines.filter((line) => !order.commissions.has(line.key));
    const decision = createCommissions(fresh, [order.book.program]);
    this.entries.push(...decision.entries);
    return decision.commissions;
  }

  private sale(order: ModelOrder): Order {
    return {
      id: order.externalId,
      currency: 'USD',
      orderedAt: order.orderedAt,
      items: [
        {
          productId: order.plan ? order.book.setup.planId : 'one-off',
          unitPriceMinor: order.priceMinor,
          quantity: 1,
        },
      ],
      payments: order.payments,
      subscription: order.plan
        ? { subscriptionId: order.externalId, paymentNumber: 1, startedAt: order.orderedAt }
        : null,
    };
  }

  order(book: Book, externalId: string, priceMinor: bigint, paid: boolean, plan: boolean): void {
    const order: ModelOrder = {
      externalId,
      book,
      plan,
      priceMinor,
      amounts: { totalMinor: priceMinor, paidMinor: 0n, refundedMinor: 0n },
      payments: [],
      lastPaymentNumber: 1,
      commissions: new Map(),
      orderedAt: this.at(),
      seq: this.orders.length,
    };
    if (paid) {
      order.amounts = applyInstalment(order.amounts, priceMinor);
      order.payments.push({ id: `${externalId}#paid`, amountMinor: priceMinor, at: this.at() });
    }
    for (const c of this.credit(order, this.sale(order))) order.commissions.set(c.id, c);
    this.orders.push(order);
  }

  /** Applies an instalment; false when the rules refuse it. */
  pay(order: ModelOrder, id: string, amount: bigint): boolean {
    try {
      order.amounts = applyInstalment(order.amounts, amount);
    } catch {
      return false;
    }
    order.payments.push({ id, amountMinor: amount, at: this.at() });
    for (const c of this.credit(order, this.sale(order))) order.commissions.set(c.id, c);
    return true;
  }

  refund(order: ModelOrder, id: string, amount: bigint): boolean {
    try {
      applyRefund(order.amounts, amount);
    } catch {
      return false;
    }
    const decision = refundSale(
      [...order.commissions.values()],
      { id, amountMinor: amount, at: this.at() },
      order.amounts,
    );
    order.amounts = decision.sale;
    for (const c of decision.commissions) order.commissions.set(c.id, c);
    this.entries.push(...decision.entries);
    return true;
  }

  renew(order: ModelOrder, id: string, amount: bigint): boolean {
    const plan = planRenewal({
      items: [{ unitPriceMinor: order.priceMinor, quantity: 1, subscription: order.plan }],
      lastPaymentNumber: order.lastPaymentNumber,
      amountMinor: amount,
      taxMinor: 0n,
    });
    order.lastPaymentNumber = plan.paymentNumber;
    const renewal: Order = {
      id,
      currency: 'USD',
      orderedAt: this.at(),
      items: plan.lines.map((line) => ({
        productId: order.book.setup.planId,
        unitPriceMinor: line.netMinor,
        quantity: 1,
      })),
      payments: [{ id, amountMinor: amount, at: this.at() }],
      subscription: {
        subscriptionId: order.externalId,
        paymentNumber: plan.paymentNumber,
        startedAt: order.orderedAt,
      },
    };
    this.credit({ ...order, commissions: new Map() }, renewal);
    return true;
  }

  balances(partnerId: string) {
    return computeBalances(
      this.entries.filter((e) => e.partnerId === partnerId),
      { now: new Date() },
    );
  }
}

let t: TestApp;
let admin: Caller;
let events: Caller;
beforeAll(async () => {
  t = await createTestApp({}, { poolSize: 12 });
  admin = await signedInAdmin(t);
  const key = await t.gql(
    'mutation { createApiKey(input: { name: "Model", scopes: ["events:write", "*:read"] }) { secret } }',
    {},
    admin,
  );
  events = { bearer: key.data!.createApiKey.secret };
});
afterAll(() => t?.close());

async function book(timing: Timing): Promise<Book> {
  const setup = await salesSetup(t, admin, { timing });
  const rules = [{ layer: 'DEFAULT', levels: LEVELS }, SUBSCRIPTION_RULE(setup.planId)];
  const updated = await t.gql(
    'mutation($id: ID!, $i: UpdateProgramInput!) { updateProgram(id: $id, input: $i) { id } }',
    { id: setup.programId, i: { rules } },
    admin,
  );
  if (updated.errors) throw new Error(JSON.stringify(updated.errors));
  const program = defineProgram({
    id: setup.programId,
    name: 'model',
    currency: 'USD',
    holdDays: 30,
    timing,
    rules: [
      { id: 'default', layer: 'DEFAULT', levels: LEVELS },
      {
        id: 'plan',
        layer: 'SUBSCRIPTION',
        productIds: [setup.planId],
        levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '30', of: 'BASE' } }],
        recurring: {
          maxPayments: 4,
          afterPayments: 3,
          afterLevels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10', of: 'BASE' } }],
        },
      },
    ],
  });
  return { timing, setup, program };
}

type Kind = 'pay' | 'refund' | 'renew';
type Step =
  | { t: 'order'; on: Timing; priceMinor: bigint; paid: boolean; plan: boolean }
  | { t: 'one'; kind: Kind; order: number; share: number }
  | { t: 'batch'; groups: { kind: Kind; order: number; share: number; count: number }[] };

const kinds = fc.constantFrom<Kind>('pay', 'refund', 'renew');
const steps = fc.array(
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant('order' as const),
        on: fc.constantFrom<Timing>('UPFRONT', 'ON_PAYMENT'),
        priceMinor: fc.bigInt({ min: 1n, max: 25_000n }),
        paid: fc.boolean(),
        plan: fc.boolean(),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant('one' as const),
        kind: kinds,
        order: fc.nat(),
        share: fc.integer({ min: 1, max: 130 }),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant('batch' as const),
        groups: fc.array(
          fc.record({
            kind: kinds,
            order: fc.nat(),
            share: fc.integer({ min: 1, max: 80 }),
            count: fc.integer({ min: 2, max: 8 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
    },
  ),
  { minLength: 3, maxLength: 10 },
);

/** An amount that is a share (percent, may exceed 100) of what is due / refundable / the plan price. */
function amountOf(kind: Kind, order: ModelOrder, share: number): bigint {
  const base =
    kind === 'pay'
      ? order.amounts.totalMinor - order.amounts.paidMinor
      : kind === 'refund'
        ? order.amounts.paidMinor - order.amounts.refundedMinor
        : order.priceMinor;
  const amount = (base * BigInt(share)) / 100n;
  return amount > 0n ? amount : 1n;
}

function send(kind: Kind, order: ModelOrder, id: string, amount: bigint): Promise<GraphQLResult> {
  const i = { externalId: id, orderExternalId: order.externalId, amountMinor: amount.toString() };
  return kind === 'refund'
    ? t.gql(RECORD_REFUND, { i }, events)
    : t.gql(RECORD_PAYMENT, { i: { ...i, renewal: kind === 'renew' } }, events);
}

const accepted = (result: GraphQLResult) => {
  const data = result.data as Record<string, { status: string }> | null | undefined;
  const status = data ? Object.values(data)[0]?.status : undefined;
  if (status === 'PROCESSED') return true;
  const reason = result.errors?.[0]?.extensions?.reason;
  if (
    ['PAYMENT_EXCEEDS_ORDER', 'LEDGER_REFUND_EXCEEDS_SALE', 'ORDER_NOT_SUBSCRIPTION'].includes(reason ?? '')
  )
    return false;
  throw new Error(`unexpected answer: ${JSON.stringify(result)}`);
};

async function compare(model: Model, books: Book[]) {
  for (const order of model.orders) {
    const answer = await t.gql(
      'query($e: String) { orders(externalId: $e) { nodes { paid { amountMinor } refunded { amountMinor } } } }',
      { e: order.externalId },
      admin,
    );
    expect([order.externalId, answer.data!.orders.nodes[0]]).toEqual([
      order.externalId,
      {
        paid: { amountMinor: order.amounts.paidMinor.toString() },
        refunded: { amountMinor: order.amounts.refundedMinor.toString() },
      },
    ]);
  }
  for (const { setup } of books) {
    for (const partner of [setup.child, setup.parent]) {
      const answer = await t.gql(
        'query($id: ID!) { partner(id: $id) { balances { currency total { amountMinor } payable { amountMinor } pending { amountMinor } } } }',
        { id: partner.id },
        admin,
      );
      const expected = model.balances(partner.id).map((b) => ({
        currency: b.currency,
        total: { amountMinor: b.total.amountMinor.toString() },
        payable: { amountMinor: b.payable.amountMinor.toString() },
        pending: { amountMinor: b.pending.amountMinor.toString() },
      }));
      expect([partner.code, answer.data!.partner.balances]).toEqual([partner.code, expected]);
      // The running totals the balance is read from equal the sum of the stored entries, per currency.
      const sums: Array<{ currency: string; total: string }> = await t.orm.em
        .getConnection()
        .execute(
          'select currency, sum(amount_minor)::text as total from ledger_entries where partner_id = ? group by currency order by currency',
          [partner.id],
        );
      expect([
        partner.code,
        answer.data!.partner.balances.map((b: { currency: string; total: { amountMinor: string } }) => ({
          currency: b.currency,
          total: b.total.amountMinor,
        })),
      ]).toEqual([partner.code, sums.map((row) => ({ currency: row.currency, total: row.total }))]);
    }
  }
}

describe.skipIf(!postgres)(
  'the ledger equals the domain model, whatever the interleaving (PostgreSQL)',
  () => {
    test(
      'random orders, instalments, refunds and renewals, alone and in concurrent batches',
      { timeout: 600_000 },
      async () => {
        let sent = 0;
        let batches = 0;
        await fc.assert(
          fc.asyncProperty(steps, async (plan: Step[]) => {
            const books = { UPFRONT: await book('UPFRONT'), ON_PAYMENT: await book('ON_PAYMENT') };
            const model = new Model();
            for (const step of plan) {
              if (step.t === 'order') {
                const externalId = `model-${unique()}`;
                const book = books[step.on];
                const plan = step.plan && step.on === 'UPFRONT';
                const result = await t.gql(
                  RECORD_ORDER,
                  {
                    i: {
                      externalId,
                      currency: 'USD',
                      paid: step.paid,
                      items: [
                        {
                          sku: plan ? book.setup.planSku : book.setup.sku,
                          unitPriceMinor: step.priceMinor.toString(),
                        },
                      ],
                      referral: { programId: book.setup.programId, partnerCode: book.setup.child.code },
                    },
                  },
                  events,
                );
                expect(result.errors).toBeUndefined();
                model.order(book, externalId, step.priceMinor, step.paid, plan);
                sent += 1;
              } else if (model.orders.length > 0) {
                const groups = step.t === 'one' ? [{ ...step, count: 1 }] : step.groups;
                // One kind per order in a batch: later groups for an order already in the batch are dropped.
                const seen = new Set<number>();
                const planned = groups
                  .map((g) => ({ ...g, target: model.orders[g.order % model.orders.length]! }))
                  .filter((g) => !seen.has(g.target.seq) && seen.add(g.target.seq))
                  .map((g) => ({ ...g, amount: amountOf(g.kind, g.target, g.share) }));
                const requests = planned.flatMap((g) =>
                  Array.from({ length: g.count }, (_, n) => ({
                    g,
                    id: `${g.target.externalId}-${g.kind}-${unique()}-${n}`,
                  })),
                );
                const answers = await Promise.all(
                  requests.map((r) => send(r.g.kind, r.g.target, r.id, r.g.amount)),
                );
                sent += requests.length;
                if (requests.length > 1) batches += 1;
                for (const g of planned) {
                  const mine = requests
                    .map((r, index) => ({ r, ok: accepted(answers[index]!) }))
                    .filter((x) => x.r.g === g);
                  const ok = mine.filter((x) => x.ok);
                  for (const { r } of ok) {
                    const applied =
                      g.kind === 'pay'
                        ? model.pay(g.target, r.id, g.amount)
                        : g.kind === 'refund'
                          ? model.refund(g.target, r.id, g.amount)
                          : g.target.plan && model.renew(g.target, r.id, g.amount);
                    expect([g.kind, 'accepted by the server but refused by the rules', applied]).toEqual([
                      g.kind,
                      'accepted by the server but refused by the rules',
                      true,
                    ]);
                  }
                  // What the server refused, the rules refuse too once the others are applied.
                  for (const _refused of mine.filter((x) => !x.ok)) {
                    const stillFits =
                      g.kind === 'pay'
                        ? g.target.amounts.paidMinor + g.amount <= g.target.amounts.totalMinor
                        : g.kind === 'refund'
                          ? g.target.amounts.refundedMinor + g.amount <= g.target.amounts.paidMinor
                          : g.target.plan;
                    expect([g.kind, 'refused by the server but within the limits', stillFits]).toEqual([
                      g.kind,
                      'refused by the server but within the limits',
                      false,
                    ]);
                  }
                }
              }
              await compare(model, Object.values(books));
            }
          }),
          { numRuns: RUNS },
        );
        console.log(`[order model] ${RUNS} runs, ${sent} events sent, ${batches} concurrent batches`);
      },
    );
  },
);
