import { randomUUID } from 'node:crypto';
import { type Caller, type TestApp } from './test-app.js';
import { childOrder, RECORD_ORDER, salesSetup, type SalesSetup } from './sales.js';

/** Helpers of the payout tests: a program whose sales are payable at once, and payout operations. */

export const days = (n: number) => new Date(Date.now() - n * 86_400_000);

export const PAYOUT_BATCH = `mutation($i: CreatePayoutBatchInput!) { createPayoutBatch(input: $i) {
  created skipped { partner { code } reason }
  batch { id kind currency method reference paymentCount total { amountMinor currency }
    payments { partner { id code } amount { amountMinor } voided entry { id method reference } } }
} }`;

export const BALANCES = `query($id: ID!) { partner(id: $id) { balances { currency total { amountMinor }
  payable { amountMinor } pending { amountMinor } flagged { amountMinor } } } }`;

export async function payoutSetup(t: TestApp, admin: Caller, settings: Record<string, unknown> = {}) {
  const s = await salesSetup(t, admin, settings);
  for (const partner of [s.child, s.parent, s.other]) {
    const updated = await t.gql(
      'mutation($id: ID!, $i: UpdatePartnerInput!) { updatePartner(id: $id, input: $i) { id } }',
      { id: partner.id, i: { payoutMethod: 'PAYPAL', payoutDestination: `paypal-${partner.email}` } },
      admin,
    );
    if (updated.errors) throw new Error(JSON.stringify(updated.errors));
  }
  return s;
}

/** A $100 sale by the child 40 days ago (past the 30-day hold): child earns $10.00, parent $2.00. */
export async function payableSale(
  t: TestApp,
  events: Caller,
  s: SalesSetup,
  extra: Record<string, unknown> = {},
) {
  const result = await t.gql(RECORD_ORDER, { i: childOrder(s, { orderedAt: days(40), ...extra }) }, events);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.recordOrder.order as {
    id: string;
    commissions: Array<{
      id: string;
      level: number;
      status: string;
      review: string;
      partner: { code: string };
    }>;
  };
}

export async function balanceOf(t: TestApp, admin: Caller, partnerId: string, currency = 'USD') {
  const result = await t.gql(BALANCES, { id: partnerId }, admin);
  const row = (result.data!.partner.balances as Array<Record<string, any>>).find(
    (b) => b.currency === currency,
  );
  return {
    total: row?.total.amountMinor ?? '0',
    payable: row?.payable.amountMinor ?? '0',
    pending: row?.pending.amountMinor ?? '0',
    flagged: row?.flagged.amountMinor ?? '0',
  };
}

export const batchInput = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  currency: 'USD',
  method: 'PAYPAL',
  ...overrides,
});
