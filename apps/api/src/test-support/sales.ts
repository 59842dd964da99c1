import { createPartner, unique, type Caller, type TestApp } from './test-app.js';

/** Small factories for sales tests: a program with products and a partner chain, and event inputs. */

export const RECORD_ORDER = `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { status duplicate order {
  id externalId attributionMethod total { amountMinor } paid { amountMinor } refunded { amountMinor }
  credits { partner { code } weightBps flagged }
  commissions { id level amount { amountMinor currency } reversed { amountMinor } status review partner { code } rule { layer } }
} } }`;
export const RECORD_PAYMENT = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { status duplicate payment { externalId } } }`;
export const RECORD_REFUND = `mutation($i: RecordRefundInput!) { recordRefund(input: $i) { status duplicate refund { externalId amount { amountMinor } } } }`;

export interface SalePartner {
  id: string;
  code: string;
  email: string;
}

export interface SalesSetup {
  programId: string;
  /** A one-off product. */
  sku: string;
  /** A subscription product. */
  planSku: string;
  planId: string;
  parent: SalePartner;
  /** Recruited by `parent`; signs in with `partner-pass-1`. */
  child: SalePartner;
  other: SalePartner;
}

/** Program rules: level 1 earns 10 % of the base and $1.50 per lead, level 2 earns 20 % of the child's commission. */
export const DEFAULT_RULES = [
  {
    layer: 'DEFAULT',
    levels: [
      { level: 1, sale: { kind: 'PERCENT', percent: '10' }, leadPayoutMinor: '150' },
      { level: 2, sale: { kind: 'PERCENT', percent: '20', of: 'CHILD_COMMISSION' } },
    ],
  },
];

/** A USD program (hold 30 days; `settings` override any field), two products and three partners. */
export async function salesSetup(
  t: TestApp,
  admin: Caller,
  settings: Record<string, unknown> = {},
): Promise<SalesSetup> {
  const sku = `SKU-${unique()}`;
  const planSku = `PLAN-${unique()}`;
  const ids: Record<string, string> = {};
  for (const [s, subscription] of [
    [sku, false],
    [planSku, true],
  ] as const) {
    const product = await t.gql(
      'mutation($i: UpsertProductInput!) { upsertProduct(input: $i) { id } }',
      { i: { sku: s, name: s, priceMinor: '10000', currency: 'USD', subscription } },
      admin,
    );
    if (product.errors) throw new Error(JSON.stringify(product.errors));
    ids[s] = product.data!.upsertProduct.id;
  }
  const program = await t.gql(
    'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
    {
      i: { name: `Program ${unique()}`, currency: 'USD', holdDays: 30, rules: DEFAULT_RULES, ...settings },
    },
    admin,
  );
  if (program.errors) throw new Error(JSON.stringify(program.errors));
  const programId = program.data!.createProgram.id;
  const parent = await createPartner(t, admin, { programIds: [programId] });
  const child = await createPartner(t, admin, {
    programIds: [programId],
    parentCode: parent.code,
    password: 'partner-pass-1',
  });
  const other = await createPartner(t, admin, { programIds: [programId] });
  return { programId, sku, planSku, planId: ids[planSku]!, parent, child, other };
}

/** A $100.00 order of the one-off product credited to nobody in particular (override any field). */
export function orderInput(s: SalesSetup, overrides: Record<string, unknown> = {}) {
  return {
    externalId: `order-${unique()}`,
    currency: 'USD',
    items: [{ sku: s.sku, quantity: 1, unitPriceMinor: '10000' }],
    referral: { programId: s.programId },
    ...overrides,
  };
}

/** An order credited to the setup's child partner (its parent earns level 2). */
export const childOrder = (s: SalesSetup, overrides: Record<string, unknown> = {}) =>
  orderInput(s, { referral: { programId: s.programId, partnerCode: s.child.code }, ...overrides });
