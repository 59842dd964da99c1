import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Click } from '../tracking/click.entity.js';
import { Commission } from '../../kernel/commission.entity.js';
import { InboundEvent } from '../inbound-events/inbound-event.entity.js';
import { SaleOrder } from '../../kernel/order.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import {
  createPartner,
  createTestApp,
  signedInAdmin,
  unique,
  type TestApp,
} from '../../test-support/test-app.js';

const OLD_SECRET = 'whsec_old_secret_for_tests';
const NEW_SECRET = 'whsec_new_secret_for_tests';

let t: TestApp;
let partner: { id: string; code: string };
beforeAll(async () => {
  t = await createTestApp({ STRIPE_WEBHOOK_SECRETS: `${OLD_SECRET},${NEW_SECRET}` });
  const admin = await signedInAdmin(t);
  // Priority 0: the program whose attribution settings Stripe sales use (they name no program).
  const program = await t.gql(
    'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
    {
      i: {
        name: `Stripe ${unique()}`,
        currency: 'USD',
        priority: 0,
        rules: [
          { layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10' } }] },
          { layer: 'SUBSCRIPTION', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '20' } }] },
        ],
      },
    },
    admin,
  );
  partner = await createPartner(t, admin, { programIds: [program.data!.createProgram.id] });
});
afterAll(() => t.close());

const vid = () => `v${randomBytes(8).toString('hex')}`;

async function clickFor(visitorId: string) {
  const em = t.orm.em.fork();
  em.create(Click, {
    partner: em.getReference(Partner, partner.id),
    visitorId,
    ipHash: 'y'.repeat(64),
    landingUrl: 'https://shop.example/',
    clickedAt: new Date(Date.now() - 3_600_000),
  });
  await em.flush();
}

function event(type: string, object: Record<string, unknown>) {
  return {
    id: `evt_${unique()}`,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object },
  };
}

async function deliver(
  body: unknown,
  options: { secret?: string; timestamp?: number; tamper?: boolean } = {},
) {
  const payload = JSON.stringify(body);
  const header = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? OLD_SECRET,
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
  });
  const response = await t.app.inject({
    method: 'POST',
    url: '/webhooks/stripe',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    payload: options.tamper ? payload.replace('"amount_subtotal":10000', '"amount_subtotal":99999') : payload,
  });
  return { status: response.statusCode, body: response.json() };
}

function checkout(overrides: Record<string, unknown> = {}) {
  return event('checkout.session.completed', {
    id: `cs_${unique()}`,
    object: 'checkout.session',
    mode: 'payment',
    payment_intent: `pi_${unique()}`,
    amount_subtotal: 10000,
    amount_total: 10800,
    currency: 'usd',
    total_details: { amount_tax: 800, amount_shipping: 0, amount_discount: 0 },
    customer: `cus_${unique()}`,
    customer_details: { email: `buyer-${unique()}@example.test`, name: 'Buyer' },
    payment_status: 'paid',
    metadata: {},
    ...overrides,
  });
}

const storedEvents = () => t.orm.em.fork().count(InboundEvent, { source: 'stripe' });

describe('POST /webhooks/stripe', () => {
  test('a Payment Link sale attributes through client_reference_id, once however often Stripe delivers it', async () => {
    const visitorId = vid();
    await clickFor(visitorId);
    const sale = checkout({ client_reference_id: visitorId });
    const first = await deliver(sale);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ received: true, status: 'PROCESSED', duplicate: false });
    const order = await t.orm.em.fork().findOneOrFail(SaleOrder, { id: first.body.order });
    expect(order).toMatchObject({
      attributionMethod: 'COOKIE',
      totalMinor: 10800n,
      taxMinor: 800n,
      currency: 'USD',
    });
    const commissions = await t.orm.em.fork().find(Commission, { sourceId: order.id });
    expect(commissions.map((c) => c.amountMinor)).toEqual([1000n]);

    const again = await deliver({ ...sale, id: `evt_${unique()}` });
    expect(again.body).toMatchObject({ status: 'PROCESSED', duplicate: true, order: order.id });
    expect(await t.orm.em.fork().count(Commission, { sourceId: order.id })).toBe(1);
  });

  test('a tampered body, a stale signature or an unknown secret is refused with 400 and stores nothing', async () => {
    const before = await storedEvents();
    expect(await deliver(checkout(), { tamper: true })).toMatchObject({
      status: 400,
      body: { code: 'BAD_USER_INPUT', reason: 'SIGNATURE_INVALID' },
    });
    const stale = Math.floor(Date.now() / 1000) - 600;
    expect(await deliver(checkout(), { timestamp: stale })).toMatchObject({
      status: 400,
      body: { code: 'BAD_USER_INPUT', reason: 'SIGNATURE_INVALID' },
    });
    expect(await deliver(checkout(), { secret: 'whsec_someone_else' })).toMatchObject({ status: 400 });
    const unsigned = await t.app.inject({
      method: 'POST',
      url: '/webhooks/stripe',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().reason).toBe('SIGNATURE_MISSING');
    expect(await storedEvents()).toBe(before);
  });

  test('both secrets verify during a rotation', async () => {
    expect((await deliver(checkout(), { secret: NEW_SECRET })).status).toBe(200);
    expect((await deliver(checkout(), { secret: OLD_SECRET })).status).toBe(200);
  });

  test('without configured secrets the endpoint says so', async () => {
    const bare = await createTestApp();
    try {
      const response = await bare.app.inject({
        method: 'POST',
        url: '/webhooks/stripe',
        headers: { 'content-type': 'application/json', 'stripe-signature': 'x' },
        payload: '{}',
      });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'STRIPE_NOT_CONFIGURED' });
    } finally {
      await bare.close();
    }
  });

  test('renewal invoices earn recurring commissions, and a refund of a renewal reverses only that one', async () => {
    const subscription = `sub_${unique()}`;
    const firstInvoice = `in_${unique()}`;
    const sale = checkout({
      mode: 'subscription',
      subscription,
      invoice: firstInvoice,
      payment_intent: null,
      metadata: { partner_code: partner.code },
    });
    const recorded = await deliver(sale);
    expect(recorded.body).toMatchObject({ status: 'PROCESSED' });
    const renewalInvoice = `in_${unique()}`;
    const renewal = await deliver(
      event('invoice.paid', {
        id: renewalInvoice,
        object: 'invoice',
        billing_reason: 'subscription_cycle',
        subscription,
        amount_paid: 10800,
        tax: 800,
      }),
    );
    expect(renewal.body).toMatchObject({ status: 'PROCESSED', duplicate: false });
    const ignored = await deliver(
      event('invoice.paid', {
        id: firstInvoice,
        object: 'invoice',
        billing_reason: 'subscription_create',
        subscription,
        amount_paid: 10800,
      }),
    );
    expect(ignored.body.status).toBe('IGNORED');

    const orders = await t.orm.em
      .fork()
      .find(
        SaleOrder,
        { source: 'stripe', $or: [{ externalId: subscription }, { externalId: renewalInvoice }] },
        { orderBy: { paymentNumber: 'asc' } },
      );
    const amounts = await Promise.all(
      orders.map(async (o) =>
        (await t.orm.em.fork().find(Commission, { sourceId: o.id })).map((c) => c.amountMinor),
      ),
    );
    expect(amounts.sort()).toEqual([[2000n], [2000n]]);

    const refund = await deliver(
      event('charge.refunded', {
        id: `ch_${unique()}`,
        object: 'charge',
        invoice: renewalInvoice,
        refunds: {
          data: [
            {
              id: `re_${unique()}`,
              amount: 5400,
              status: 'succeeded',
              created: Math.floor(Date.now() / 1000),
            },
          ],
        },
      }),
    );
    expect(refund.body).toMatchObject({
      status: 'PROCESSED',
      refunds: [{ status: 'PROCESSED', duplicate: false }],
    });
    const renewalOrder = orders.find((o) => o.externalId === renewalInvoice)!;
    const reversed = await t.orm.em.fork().find(Commission, { sourceId: renewalOrder.id });
    expect(reversed.map((c) => c.reversedMinor)).toEqual([1000n]);
    const first = orders.find((o) => o.externalId === subscription)!;
    expect(
      (await t.orm.em.fork().find(Commission, { sourceId: first.id })).map((c) => c.reversedMinor),
    ).toEqual([0n]);
  });

  test('a refund that arrives before its sale waits for it', async () => {
    const paymentIntent = `pi_${unique()}`;
    const refundId = `re_${unique()}`;
    const early = await deliver(
      event('refund.created', {
        id: refundId,
        object: 'refund',
        amount: 10800,
        payment_intent: paymentIntent,
        status: 'succeeded',
      }),
    );
    expect(early.body).toMatchObject({ refunds: [{ status: 'PENDING' }] });
    const sale = await deliver(
      checkout({ payment_intent: paymentIntent, metadata: { partner_code: partner.code } }),
    );
    const commissions = await t.orm.em.fork().find(Commission, { sourceId: sale.body.order });
    expect(commissions.map((c) => c.voidedAt !== null)).toEqual([true]);
  });

  test('an unknown SKU in metadata is a 404 with a stable code and stores nothing', async () => {
    const before = await storedEvents();
    const response = await deliver(checkout({ metadata: { sku: 'no-such-sku' } }));
    expect(response).toMatchObject({
      status: 404,
      body: { code: 'NOT_FOUND', reason: 'PRODUCT_NOT_FOUND', field: 'items[0].sku' },
    });
    expect(await storedEvents()).toBe(before);
  });

  test('a signed event without data.object, or with a NUL byte, is a 400 with a stable code and stores nothing', async () => {
    const before = await storedEvents();
    const withoutObject = await deliver({
      id: `evt_${unique()}`,
      type: 'checkout.session.completed',
      created: 1,
      data: {},
    });
    expect(withoutObject).toMatchObject({
      status: 400,
      body: { code: 'BAD_USER_INPUT', reason: 'STRIPE_EVENT_INVALID' },
    });
    const refundsNotAList = await deliver(
      event('charge.refunded', { id: `ch_${unique()}`, refunds: 'nope' }),
    );
    expect(refundsNotAList.status).toBeLessThan(500);
    const nul = await deliver(checkout({ metadata: { partner_code: 'a\u0000b' } }));
    expect(nul).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', reason: 'TEXT_INVALID' } });
    expect(await storedEvents()).toBe(before);
  });

  test('other event types are acknowledged and ignored', async () => {
    const response = await deliver(event('customer.created', { id: `cus_${unique()}` }));
    expect(response).toMatchObject({ status: 200, body: { status: 'IGNORED' } });
  });
});
