import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashIp } from '../../common/ip-hash.js';
import { Click } from '../tracking/click.entity.js';
import { Commission } from '../../kernel/commission.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { InboundEvent } from '../inbound-events/inbound-event.entity.js';
import { OutboundEmail } from '../emails/outbound-email.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import {
  cookieFrom,
  createTestApp,
  errorOf,
  signedInAdmin,
  TEST_IP_HASH_SECRET,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import {
  orderInput,
  RECORD_ORDER,
  RECORD_PAYMENT,
  RECORD_REFUND,
  salesSetup,
} from '../../test-support/sales.js';
import { errorEntry } from '../../errors/error-catalogue.js';

let t: TestApp;
let admin: Caller;
let events: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
  const key = await t.gql(
    'mutation { createApiKey(input: { name: "Shop", scopes: ["events:write", "*:read"] }) { secret } }',
    {},
    admin,
  );
  events = { bearer: key.data!.createApiKey.secret };
});
afterAll(() => t.close());

const visitor = () => `v${randomBytes(8).toString('hex')}`;
const days = (n: number) => new Date(Date.now() - n * 86_400_000);

const setup = (settings: Record<string, unknown> = {}) => salesSetup(t, admin, settings);

async function click(partnerId: string, visitorId: string, at: Date) {
  const em = t.orm.em.fork();
  em.create(Click, {
    partner: em.getReference(Partner, partnerId),
    visitorId,
    ipHash: 'x'.repeat(64),
    landingUrl: 'https://shop.example/',
    clickedAt: at,
  });
  await em.flush();
}

const order = orderInput;

const count = async () => {
  const em = t.orm.em.fork();
  return {
    commissions: await em.count(Commission, {}),
    entries: await em.count(LedgerEntry, {}),
    events: await em.count(InboundEvent, {}),
  };
};

describe('recordOrder', () => {
  test('attributes by tracking cookie and pays the chain: 10 % to the partner, 20 % of that to the parent', async () => {
    const s = await setup();
    const v = visitor();
    await click(s.child.id, v, days(2));
    const result = await t.gql(
      RECORD_ORDER,
      {
        i: order(s, {
          taxMinor: '800',
          shippingMinor: '500',
          referral: { programId: s.programId, visitorId: v },
        }),
      },
      events,
    );
    expect(result.errors).toBeUndefined();
    const recorded = result.data!.recordOrder;
    expect(recorded).toMatchObject({ status: 'PROCESSED', duplicate: false });
    expect(recorded.order).toMatchObject({
      attributionMethod: 'COOKIE',
      total: { amountMinor: '11300' },
      paid: { amountMinor: '11300' },
      credits: [{ partner: { code: s.child.code }, weightBps: 10000, flagged: false }],
    });
    expect(
      recorded.order.commissions.map((c: any) => [c.partner.code, c.level, c.amount.amountMinor, c.status]),
    ).toEqual([
      [s.child.code, 1, '1000', 'PENDING'],
      [s.parent.code, 2, '200', 'PENDING'],
    ]);
    const ledger = await t.orm.em.fork().find(LedgerEntry, { partner: s.child.id });
    expect(ledger.map((entry) => [entry.kind, entry.amountMinor])).toEqual([['COMMISSION', 1000n]]);
    const emails = await t.orm.em
      .fork()
      .find(OutboundEmail, { kind: 'FIRST_COMMISSION', to: { $in: [s.child.email, s.parent.email] } });
    expect(emails.map((email) => email.to).sort()).toEqual([s.child.email, s.parent.email].sort());
    const byPartner = await t.gql(
      'query($p: ID) { orders(partnerId: $p) { totalCount nodes { id } } }',
      { p: s.child.id },
      events,
    );
    expect(byPartner.data!.orders).toEqual({ totalCount: 1, nodes: [{ id: recorded.order.id }] });
    const parentOrders = await t.gql(
      'query($p: ID) { orders(partnerId: $p) { totalCount } }',
      { p: s.parent.id },
      events,
    );
    expect(parentOrders.data!.orders.totalCount).toBe(0);
  });

  test('a repeated delivery returns the first result and writes nothing; another payload is a CONFLICT', async () => {
    const s = await setup();
    const v = visitor();
    await click(s.child.id, v, days(1));
    const input = order(s, { referral: { programId: s.programId, visitorId: v } });
    const first = await t.gql(RECORD_ORDER, { i: input }, events);
    const before = await count();
    const again = await t.gql(
      RECORD_ORDER,
      { i: { ...input, referral: { visitorId: v, programId: s.programId } } },
      events,
    );
    expect(again.data!.recordOrder).toMatchObject({
      status: 'PROCESSED',
      duplicate: true,
      order: { id: first.data!.recordOrder.order.id },
    });
    expect(await count()).toEqual(before);
    const changed = await t.gql(
      RECORD_ORDER,
      { i: { ...input, items: [{ sku: s.sku, quantity: 2, unitPriceMinor: '10000' }] } },
      events,
    );
    expect(errorOf(changed)).toEqual({
      code: 'CONFLICT',
      reason: 'EVENT_PAYLOAD_MISMATCH',
      field: 'externalId',
    });
    expect(await count()).toEqual(before);
  });

  test('concurrent deliveries of one order record it once', async () => {
    const s = await setup();
    const input = order(s, { referral: { programId: s.programId, partnerCode: s.child.code } });
    const results = await Promise.all([1, 2, 3].map(() => t.gql(RECORD_ORDER, { i: input }, events)));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.filter((r) => !r.data!.recordOrder.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data!.recordOrder.order.id)).size).toBe(1);
    expect(await t.orm.em.fork().count(Commission, { partner: s.child.id })).toBe(1);
  });

  test.each([
    ['LAST', 'other'],
    ['FIRST', 'child'],
  ] as const)('%s-click attribution credits the %s partner', async (mode, winner) => {
    const s = await setup({ attributionMode: mode });
    const v = visitor();
    await click(s.child.id, v, days(5));
    await click(s.other.id, v, days(1));
    const result = await t.gql(
      RECORD_ORDER,
      { i: order(s, { referral: { programId: s.programId, visitorId: v } }) },
      events,
    );
    expect(result.data!.recordOrder.order.credits.map((c: any) => c.partner.code)).toEqual([s[winner].code]);
  });

  test('split credit shares the level-1 commission by position', async () => {
    const s = await setup({
      attributionMode: 'SPLIT',
      splitWeights: { firstBps: 6000, lastBps: 4000, middleBps: 0 },
    });
    const v = visitor();
    await click(s.child.id, v, days(5));
    await click(s.other.id, v, days(1));
    const result = await t.gql(
      RECORD_ORDER,
      { i: order(s, { referral: { programId: s.programId, visitorId: v } }) },
      events,
    );
    const level1 = result.data!.recordOrder.order.commissions.filter((c: any) => c.level === 1);
    expect(level1.map((c: any) => [c.partner.code, c.amount.amountMinor]).sort()).toEqual(
      [
        [s.child.code, '600'],
        [s.other.code, '400'],
      ].sort(),
    );
  });

  test('a click outside the cookie window does not attribute', async () => {
    const s = await setup({ cookieWindowDays: 30 });
    const v = visitor();
    await click(s.child.id, v, days(40));
    const result = await t.gql(
      RECORD_ORDER,
      { i: order(s, { referral: { programId: s.programId, visitorId: v } }) },
      events,
    );
    expect(result.data!.recordOrder.order).toMatchObject({
      attributionMethod: 'NONE',
      credits: [],
      commissions: [],
    });
  });

  test('an IP address matches a click from the same address within the program’s IP window', async () => {
    const s = await setup({ ipWindowMinutes: 60 });
    // An address no other test uses (clicks of other tests must not be the most recent from it).
    const ip = `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    const em = t.orm.em.fork();
    em.create(Click, {
      partner: em.getReference(Partner, s.other.id),
      visitorId: visitor(),
      ipHash: hashIp(TEST_IP_HASH_SECRET, ip),
      landingUrl: 'https://shop.example/',
      clickedAt: new Date(Date.now() - 10 * 60_000),
    });
    await em.flush();
    const result = await t.gql(
      RECORD_ORDER,
      { i: order(s, { referral: { programId: s.programId, ipAddress: ip } }) },
      events,
    );
    expect(result.data!.recordOrder.order).toMatchObject({
      attributionMethod: 'IP',
      credits: [{ partner: { code: s.other.code } }],
    });
    const bad = await t.gql(
      RECORD_ORDER,
      { i: order(s, { referral: { programId: s.programId, ipAddress: 'localhost' } }) },
      events,
    );
    expect(errorOf(bad)).toMatchObject({ reason: 'IP_ADDRESS_INVALID', field: 'referral.ipAddress' });
  });

  test('a coupon code attributes to its partner', async () => {
    const s = await setup();
    const code = `SAVE${unique().toUpperCase()}`;
    await t.gql(
      'mutation($p: ID!, $c: String!) { createCoupon(partnerId: $p, code: $c) { code } }',
      { p: s.other.id, c: code },
      admin,
    );
    const result = await t.gql(
      RECORD_ORDER,
      { i: order(s, { referral: { programId: s.programId, couponCode: code.toLowerCase() } }) },
      events,
    );
    expect(result.data!.recordOrder.order).toMatchObject({
      attributionMethod: 'COUPON',
      credits: [{ partner: { code: s.other.code } }],
    });
  });

  test('a permanent referral keeps the customer with the first partner', async () => {
    const s = await setup({ permanentReferral: true });
    const customer = { externalId: `cust-${unique()}`, email: `buyer-${unique()}@example.test` };
    const v1 = visitor();
    await click(s.child.id, v1, days(3));
    await t.gql(
      RECORD_ORDER,
      { i: order(s, { customer, referral: { programId: s.programId, visitorId: v1 } }) },
      events,
    );
    const v2 = visitor();
    await click(s.other.id, v2, days(1));
    const second = await t.gql(
      RECORD_ORDER,
      { i: order(s, { customer, referral: { programId: s.programId, visitorId: v2 } }) },
      events,
    );
    expect(second.data!.recordOrder.order).toMatchObject({
      attributionMethod: 'PERMANENT_REFERRAL',
      credits: [{ partner: { code: s.child.code } }],
    });
  });

  test("an admin's assignment of the customer wins", async () => {
    const s = await setup();
    const customer = { externalId: `cust-${unique()}` };
    const first = await t.gql(RECORD_ORDER, { i: order(s, { customer }) }, events);
    const customerId = (
      await t.gql(
        'query($id: ID!) { order(id: $id) { customer { id } } }',
        { id: first.data!.recordOrder.order.id },
        admin,
      )
    ).data!.order.customer.id;
    const assigned = await t.gql(
      'mutation($c: ID!, $p: String) { assignCustomerPartner(customerId: $c, partnerCode: $p) { assignedPartner { code } } }',
      { c: customerId, p: s.other.code },
      admin,
    );
    expect(assigned.data!.assignCustomerPartner.assignedPartner.code).toBe(s.other.code);
    const v = visitor();
    await click(s.child.id, v, days(1));
    const next = await t.gql(
      RECORD_ORDER,
      { i: order(s, { customer, referral: { programId: s.programId, visitorId: v } }) },
      events,
    );
    expect(next.data!.recordOrder.order).toMatchObject({
      attributionMethod: 'MANUAL',
      credits: [{ partner: { code: s.other.code } }],
    });
  });

  test('a customer assigned to a partner who is later suspended: the sale is recorded and falls through to the next source', async () => {
    const s = await setup();
    const customer = { externalId: `cust-${unique()}`, email: `c-${unique()}@example.test` };
    const first = await t.gql(RECORD_ORDER, { i: order(s, { customer }) }, events);
    const customerId = (
      await t.gql(
        'query($e: String) { orders(externalId: $e) { nodes { customer { id } } } }',
        {
          e: first.data!.recordOrder.order.externalId,
        },
        admin,
      )
    ).data!.orders.nodes[0].customer.id;
    await t.gql(
      'mutation($c: ID!, $p: String) { assignCustomerPartner(customerId: $c, partnerCode: $p) { id } }',
      { c: customerId, p: s.other.code },
      admin,
    );
    await t.gql(
      'mutation($id: ID!) { updatePartner(id: $id, input: { status: SUSPENDED }) { status } }',
      { id: s.other.id },
      admin,
    );
    const v = visitor();
    await click(s.child.id, v, days(1));
    const byCookie = await t.gql(
      RECORD_ORDER,
      { i: order(s, { customer, referral: { programId: s.programId, visitorId: v } }) },
      events,
    );
    expect(byCookie.errors).toBeUndefined();
    expect(byCookie.data!.recordOrder.order).toMatchObject({
      attributionMethod: 'COOKIE',
      credits: [{ partner: { code: s.child.code } }],
    });
    const named = await t.gql(
      RECORD_ORDER,
      { i: order(s, { customer, referral: { programId: s.programId, partnerCode: s.other.code } }) },
      events,
    );
    expect(named.data!.recordOrder).toMatchObject({
      status: 'PROCESSED',
      order: { attributionMethod: 'NONE', commissions: [] },
    });
  });

  test('a suspended partner earns nothing: the sale is recorded unattributed', async () => {
    const s = await setup();
    await t.gql(
      'mutation($id: ID!) { updatePartner(id: $id, input: { status: SUSPENDED }) { status } }',
      { id: s.child.id },
      admin,
    );
    const v = visitor();
    await click(s.child.id, v, days(1));
    const result = await t.gql(
      RECORD_ORDER,
      { i: order(s, { referral: { programId: s.programId, visitorId: v } }) },
      events,
    );
    expect(result.data!.recordOrder.order).toMatchObject({ attributionMethod: 'NONE', commissions: [] });
  });

  test('a self-referral is recorded FLAGGED and kept out of the payable balance', async () => {
    const s = await setup();
    const v = visitor();
    await click(s.child.id, v, days(1));
    const result = await t.gql(
      RECORD_ORDER,
      {
        i: order(s, {
          customer: { email: s.child.email.replace('@', '+me@').toUpperCase() },
          referral: { programId: s.programId, visitorId: v },
        }),
      },
      events,
    );
    const commissions = result.data!.recordOrder.order.commissions;
    expect(commissions.every((c: any) => c.status === 'FLAGGED' && c.review === 'FLAGGED')).toBe(true);
    const balances = await t.gql(
      'query($id: ID!) { partner(id: $id) { balances { flagged { amountMinor } payable { amountMinor } } } }',
      { id: s.child.id },
      admin,
    );
    expect(balances.data!.partner.balances).toEqual([
      { flagged: { amountMinor: '1000' }, payable: { amountMinor: '0' } },
    ]);
  });

  test.each([
    [{ items: [{ sku: 'NO-SUCH-SKU', unitPriceMinor: '100' }] }, 'PRODUCT_NOT_FOUND', 'items[0].sku'],
    [{ currency: 'XXX1' }, 'MONEY_CURRENCY_UNKNOWN', 'currency'],
    [{ taxMinor: '-1' }, 'MONEY_AMOUNT_NEGATIVE', 'taxMinor'],
    [{ taxMinor: '1.5' }, 'MONEY_AMOUNT_INVALID', 'taxMinor'],
    [{ items: [] }, 'ORDER_ITEMS_INVALID', 'items'],
    [{ externalId: '   ' }, 'EXTERNAL_ID_INVALID', 'externalId'],
    [{ referral: { visitorId: 'bad id!' } }, 'VISITOR_ID_INVALID', 'referral.visitorId'],
    [{ referral: { partnerCode: 'nobody-at-all' } }, 'PARTNER_NOT_FOUND', 'referral.partnerCode'],
  ] as const)('refuses %j with a coded error and stores nothing', async (override, reason, field) => {
    const s = await setup();
    const before = await count();
    const result = await t.gql(RECORD_ORDER, { i: order(s, override) }, events);
    expect(errorOf(result)).toMatchObject({ code: errorEntry(reason).category, reason, field });
    expect(await count()).toEqual(before);
  });

  test('amounts or totals past 10^15 minor units are MONEY_AMOUNT_TOO_LARGE at their field; nothing is stored', async () => {
    const s = await setup();
    const before = await count();
    const line = (unitPriceMinor: string, quantity = 1) => [{ sku: s.sku, quantity, unitPriceMinor }];
    for (const [override, reason, field] of [
      [{ items: line('1000000000000001') }, 'MONEY_AMOUNT_TOO_LARGE', 'items[0].unitPriceMinor'],
      [{ items: line('9000000000000', 2_147_483_647) }, 'MONEY_AMOUNT_TOO_LARGE', 'items'],
      [{ taxMinor: '99999999999999999999999' }, 'MONEY_AMOUNT_TOO_LARGE', 'taxMinor'],
      [
        { items: [...line('600000000000000'), ...line('600000000000000')] },
        'MONEY_AMOUNT_TOO_LARGE',
        'items',
      ],
      [{ discountMinor: '10001' }, 'ORDER_DISCOUNT_EXCEEDS_PRICE', 'discountMinor'],
    ] as const) {
      const result = await t.gql(RECORD_ORDER, { i: order(s, override) }, events);
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
    }
    const recorded = await t.gql(RECORD_ORDER, { i: order(s, { paid: true }) }, events);
    const externalId = recorded.data!.recordOrder.order.externalId;
    const after = await count();
    for (const [document, input] of [
      [
        RECORD_REFUND,
        { externalId: `r-${externalId}`, orderExternalId: externalId, amountMinor: '9'.repeat(30) },
      ],
      [
        RECORD_PAYMENT,
        { externalId: `p-${externalId}`, orderExternalId: externalId, amountMinor: '9'.repeat(5000) },
      ],
      [RECORD_REFUND, { externalId: `r-early`, orderExternalId: 'not-yet', amountMinor: '1000000000000001' }],
    ] as const) {
      const result = await t.gql(document, { i: input }, events);
      expect(errorOf(result)).toMatchObject({ reason: 'MONEY_AMOUNT_TOO_LARGE', field: 'amountMinor' });
      expect(result.errors![0]!.message.length).toBeLessThan(120);
    }
    expect(await count()).toEqual({ ...after });
    expect(after.events).toBe(before.events + 1);
  });

  test('orders in another currency: percent rules pay in that currency, flat amounts refuse the order', async () => {
    const s = await setup();
    const eur = await t.gql(
      RECORD_ORDER,
      { i: order(s, { currency: 'EUR', referral: { programId: s.programId, partnerCode: s.child.code } }) },
      events,
    );
    expect(eur.data!.recordOrder.order.commissions[0].amount).toEqual({
      amountMinor: '1000',
      currency: 'EUR',
    });
    const flat = await setup({
      rules: [{ layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'FLAT', amountMinor: '500' } }] }],
    });
    const before = await count();
    const refused = await t.gql(
      RECORD_ORDER,
      {
        i: order(flat, {
          currency: 'EUR',
          referral: { programId: flat.programId, partnerCode: flat.child.code },
        }),
      },
      events,
    );
    expect(errorOf(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMMISSION_CURRENCY_MISMATCH',
    });
    expect(await count()).toEqual(before);
  });

  test('only keys with events:write (or admins) record events', async () => {
    const s = await setup();
    const key = await t.gql(
      'mutation { createApiKey(input: { name: "Reader", scopes: ["*:read"] }) { secret } }',
      {},
      admin,
    );
    const result = await t.gql(RECORD_ORDER, { i: order(s) }, { bearer: key.data!.createApiKey.secret });
    expect(errorOf(result).code).toBe('FORBIDDEN');
  });
});

describe('payments and refunds', () => {
  test('ON_PAYMENT: a $100 order at 10 % paid in 5 instalments earns $2.00 per payment', async () => {
    const s = await setup({
      timing: 'ON_PAYMENT',
      rules: [{ layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10' } }] }],
    });
    const input = order(s, { paid: false, referral: { programId: s.programId, partnerCode: s.child.code } });
    const recorded = await t.gql(RECORD_ORDER, { i: input }, events);
    expect(recorded.data!.recordOrder.order.commissions).toEqual([]);
    for (let i = 1; i <= 5; i += 1) {
      const payment = await t.gql(
        RECORD_PAYMENT,
        {
          i: {
            externalId: `${input.externalId}-p${i}`,
            orderExternalId: input.externalId,
            amountMinor: '2000',
          },
        },
        events,
      );
      expect(payment.data!.recordPayment).toMatchObject({ status: 'PROCESSED', duplicate: false });
    }
    const commissions = await t.orm.em
      .fork()
      .find(Commission, { partner: s.child.id }, { orderBy: { createdAt: 'asc' } });
    expect(commissions.map((c) => c.amountMinor)).toEqual([200n, 200n, 200n, 200n, 200n]);
    const over = await t.gql(
      RECORD_PAYMENT,
      { i: { externalId: `${input.externalId}-p6`, orderExternalId: input.externalId, amountMinor: '1' } },
      events,
    );
    expect(errorOf(over)).toMatchObject({ reason: 'PAYMENT_EXCEEDS_ORDER' });
  });

  test('a partial refund reverses the same share of every commission of the sale, parents included', async () => {
    const s = await setup();
    const input = order(s, { referral: { programId: s.programId, partnerCode: s.child.code } });
    await t.gql(RECORD_ORDER, { i: input }, events);
    const refund = await t.gql(
      RECORD_REFUND,
      { i: { externalId: `${input.externalId}-r1`, orderExternalId: input.externalId, amountMinor: '2500' } },
      events,
    );
    expect(refund.data!.recordRefund).toMatchObject({
      status: 'PROCESSED',
      refund: { externalId: `${input.externalId}-r1` },
    });
    const after = await t.gql(
      'query($e: String) { orders(externalId: $e) { nodes { refunded { amountMinor } commissions { level reversed { amountMinor } status } } } }',
      { e: input.externalId },
      admin,
    );
    expect(after.data!.orders.nodes[0]).toEqual({
      refunded: { amountMinor: '2500' },
      commissions: [
        { level: 1, reversed: { amountMinor: '250' }, status: 'PENDING' },
        { level: 2, reversed: { amountMinor: '50' }, status: 'PENDING' },
      ],
    });
    const full = await t.gql(
      RECORD_REFUND,
      { i: { externalId: `${input.externalId}-r2`, orderExternalId: input.externalId, amountMinor: '7500' } },
      events,
    );
    expect(full.errors).toBeUndefined();
    const ledger = await t.orm.em.fork().find(LedgerEntry, { partner: s.child.id });
    expect(ledger.reduce((sum, entry) => sum + entry.amountMinor, 0n)).toBe(0n);
    const too = await t.gql(
      RECORD_REFUND,
      { i: { externalId: `${input.externalId}-r3`, orderExternalId: input.externalId, amountMinor: '1' } },
      events,
    );
    expect(errorOf(too)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LEDGER_REFUND_EXCEEDS_SALE',
      field: 'amountMinor',
    });
  });

  test('an order recorded unpaid cannot be refunded until it is paid, and then only what was paid', async () => {
    for (const timing of ['UPFRONT', 'ON_PAYMENT']) {
      const s = await setup({ timing });
      const input = order(s, {
        paid: false,
        referral: { programId: s.programId, partnerCode: s.child.code },
      });
      await t.gql(RECORD_ORDER, { i: input }, events);
      const refund = (n: string, amountMinor: string) =>
        t.gql(
          RECORD_REFUND,
          { i: { externalId: `${input.externalId}-${n}`, orderExternalId: input.externalId, amountMinor } },
          events,
        );
      expect(errorOf(await refund('r1', '1'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'LEDGER_REFUND_EXCEEDS_SALE',
        field: 'amountMinor',
      });
      await t.gql(
        RECORD_PAYMENT,
        {
          i: { externalId: `${input.externalId}-p1`, orderExternalId: input.externalId, amountMinor: '4000' },
        },
        events,
      );
      expect(errorOf(await refund('r2', '4001'))).toMatchObject({ reason: 'LEDGER_REFUND_EXCEEDS_SALE' });
      expect((await refund('r3', '4000')).data!.recordRefund.status).toBe('PROCESSED');
      await t.gql(
        RECORD_PAYMENT,
        {
          i: { externalId: `${input.externalId}-p2`, orderExternalId: input.externalId, amountMinor: '6000' },
        },
        events,
      );
      // Paid $100, refunded $40: the child keeps 10 % of $60 either way.
      const net = (await t.orm.em.fork().find(LedgerEntry, { partner: s.child.id })).reduce(
        (sum, entry) => sum + entry.amountMinor,
        0n,
      );
      expect([timing, net]).toEqual([timing, 600n]);
    }
  });

  test('a refund that arrives before its order waits and is applied when the order arrives', async () => {
    const s = await setup();
    const input = order(s, { referral: { programId: s.programId, partnerCode: s.child.code } });
    const early = await t.gql(
      RECORD_REFUND,
      {
        i: { externalId: `${input.externalId}-r1`, orderExternalId: input.externalId, amountMinor: '10000' },
      },
      events,
    );
    expect(early.data!.recordRefund).toEqual({ status: 'PENDING', duplicate: false, refund: null });
    const again = await t.gql(
      RECORD_REFUND,
      {
        i: { externalId: `${input.externalId}-r1`, orderExternalId: input.externalId, amountMinor: '10000' },
      },
      events,
    );
    expect(again.data!.recordRefund).toEqual({ status: 'PENDING', duplicate: true, refund: null });
    const recorded = await t.gql(RECORD_ORDER, { i: input }, events);
    expect(recorded.data!.recordOrder.order.commissions.map((c: any) => c.status)).toEqual([
      'VOIDED',
      'VOIDED',
    ]);
    // The answer is the order as its waiting refund left it, not as it was first written.
    expect(recorded.data!.recordOrder.order.refunded).toEqual({ amountMinor: '10000' });
    const later = await t.gql(
      RECORD_REFUND,
      {
        i: { externalId: `${input.externalId}-r1`, orderExternalId: input.externalId, amountMinor: '10000' },
      },
      events,
    );
    expect(later.data!.recordRefund).toMatchObject({
      status: 'PROCESSED',
      duplicate: true,
      refund: { externalId: `${input.externalId}-r1` },
    });
  });

  test('a waiting refund that cannot be applied is marked FAILED and does not block its order', async () => {
    const s = await setup();
    const input = order(s, { referral: { programId: s.programId, partnerCode: s.child.code } });
    await t.gql(
      RECORD_REFUND,
      {
        i: {
          externalId: `${input.externalId}-big`,
          orderExternalId: input.externalId,
          amountMinor: '999999',
        },
      },
      events,
    );
    const recorded = await t.gql(RECORD_ORDER, { i: input }, events);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordOrder.order.commissions.map((c: any) => c.status)).toEqual([
      'PENDING',
      'PENDING',
    ]);
    const failed = await t.gql(
      RECORD_REFUND,
      {
        i: {
          externalId: `${input.externalId}-big`,
          orderExternalId: input.externalId,
          amountMinor: '999999',
        },
      },
      events,
    );
    expect(failed.data!.recordRefund).toMatchObject({ status: 'FAILED', duplicate: true });
  });

  test('subscription renewals earn recurring commissions under the subscription rule, within its limit', async () => {
    const s = await setup();
    const planId = (
      await t.gql('query($s: String) { products(search: $s) { nodes { id } } }', { s: s.planSku }, admin)
    ).data!.products.nodes[0].id;
    await t.gql(
      'mutation($id: ID!, $i: UpdateProgramInput!) { updateProgram(id: $id, input: $i) { id } }',
      {
        id: s.programId,
        i: {
          rules: [
            { layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10' } }] },
            {
              layer: 'SUBSCRIPTION',
              productIds: [planId],
              levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '30' } }],
              recurring: { maxPayments: 2 },
            },
          ],
        },
      },
      admin,
    );
    const input = order(s, {
      items: [{ sku: s.planSku, unitPriceMinor: '5000' }],
      referral: { programId: s.programId, partnerCode: s.child.code },
    });
    await t.gql(RECORD_ORDER, { i: input }, events);
    for (const n of [2, 3]) {
      const renewal = await t.gql(
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
      );
      expect(renewal.errors).toBeUndefined();
    }
    const amounts = (
      await t.orm.em.fork().find(Commission, { partner: s.child.id }, { orderBy: { createdAt: 'asc' } })
    ).map((c) => c.amountMinor);
    expect(amounts).toEqual([1500n, 1500n]); // payments 1 and 2 earn 30 %; payment 3 is past the limit
  });
});

describe('recordLead', () => {
  test('attributes a lead by cookie and pays the lead payout once', async () => {
    const s = await setup();
    const v = visitor();
    await click(s.child.id, v, days(1));
    const input = {
      externalId: `lead-${unique()}`,
      customer: { email: `lead-${unique()}@example.test` },
      referral: { programId: s.programId, visitorId: v },
    };
    const lead = await t.gql(
      'mutation($i: RecordLeadInput!) { recordLead(input: $i) { status duplicate lead { attributionMethod } } }',
      { i: input },
      events,
    );
    expect(lead.data!.recordLead).toEqual({
      status: 'PROCESSED',
      duplicate: false,
      lead: { attributionMethod: 'COOKIE' },
    });
    const again = await t.gql(
      'mutation($i: RecordLeadInput!) { recordLead(input: $i) { duplicate } }',
      { i: input },
      events,
    );
    expect(again.data!.recordLead.duplicate).toBe(true);
    const commissions = await t.orm.em.fork().find(Commission, { partner: s.child.id, kind: 'LEAD' });
    expect(commissions.map((c) => c.amountMinor)).toEqual([150n]);
  });
});

describe("a partner's own data", () => {
  test('a partner reads their commissions, ledger and balances, and nothing of others', async () => {
    const s = await setup();
    const recorded = await t.gql(
      RECORD_ORDER,
      { i: order(s, { referral: { programId: s.programId, partnerCode: s.child.code } }) },
      events,
    );
    const signIn = await t.gql(
      'mutation($l: String!) { signInPartner(login: $l, password: "partner-pass-1") { kind } }',
      { l: s.child.code },
      { app: 'portal' },
    );
    const portal = { cookie: cookieFrom(signIn.headers), app: 'portal' as const };
    const mine = await t.gql(
      '{ myCommissions { totalCount nodes { level amount { formatted } status orderId } } myLedgerEntries { nodes { kind amount { amountMinor } } } myBalances { currency pending { amountMinor } total { amountMinor } } }',
      {},
      portal,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual({
      myCommissions: {
        totalCount: 1,
        nodes: [
          {
            level: 1,
            amount: { formatted: '$10.00' },
            status: 'PENDING',
            orderId: recorded.data!.recordOrder.order.id,
          },
        ],
      },
      myLedgerEntries: { nodes: [{ kind: 'COMMISSION', amount: { amountMinor: '1000' } }] },
      myBalances: [{ currency: 'USD', pending: { amountMinor: '1000' }, total: { amountMinor: '1000' } }],
    });
    expect(errorOf(await t.gql('{ commissions { totalCount } }', {}, portal)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql('{ myCommissions { nodes { partner { code } } } }', {}, portal)).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await t.gql('{ orders { totalCount } }', {}, portal)).code).toBe('FORBIDDEN');
  });
});

describe('oversize payloads', () => {
  test('a body over 1 MiB is refused with 413 and a stable code, and nothing is stored', async () => {
    const before = await count();
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${events.bearer}` },
      payload: JSON.stringify({
        query: `mutation { recordOrder(input: { externalId: "${'x'.repeat(1_100_000)}" }) { status } }`,
      }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' } }],
    });
    expect(await count()).toEqual(before);
  });
});

describe('the first commission email', () => {
  test('is queued once per partner, with the first sale only', async () => {
    const s = await setup();
    for (let i = 0; i < 2; i += 1) {
      await t.gql(
        RECORD_ORDER,
        { i: order(s, { referral: { programId: s.programId, partnerCode: s.other.code } }) },
        events,
      );
    }
    const emails = await t.orm.em.fork().find(OutboundEmail, { kind: 'FIRST_COMMISSION', to: s.other.email });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.body).toContain('$10.00');
  });
});
