import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signedInAdmin, type Caller, type TestApp } from '../../test-support/test-app.js';
import {
  childOrder,
  orderInput,
  RECORD_ORDER,
  RECORD_PAYMENT,
  RECORD_REFUND,
  salesSetup,
} from '../../test-support/sales.js';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
});
afterAll(() => t.close());

const sql = (query: string): Promise<any[]> => t.orm.em.getConnection().execute(query);

describe('the ledger in the database', () => {
  test('refuses UPDATE, DELETE and TRUNCATE of its entries: a correction is a new entry', async () => {
    const s = await salesSetup(t, admin);
    const order = await t.gql(RECORD_ORDER, { i: childOrder(s) }, admin);
    expect(order.errors).toBeUndefined();
    const [entry] = (await sql(
      `select id, amount_minor from ledger_entries where partner_id = '${s.child.id}'`,
    )) as [any];
    expect(entry).toBeDefined();
    await expect(sql(`update ledger_entries set amount_minor = 1 where id = '${entry.id}'`)).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(sql(`delete from ledger_entries where id = '${entry.id}'`)).rejects.toThrow(
      /append-only: DELETE refused/,
    );
    await expect(sql('truncate ledger_entries cascade')).rejects.toThrow(/append-only: TRUNCATE refused/);
    const [after] = (await sql(`select amount_minor from ledger_entries where id = '${entry.id}'`)) as [any];
    expect(after.amount_minor).toBe(entry.amount_minor);
  });

  test('keeps every running total equal to the sum of its entries, refunds included', async () => {
    const s = await salesSetup(t, admin);
    const input = childOrder(s);
    await t.gql(RECORD_ORDER, { i: input }, admin);
    await t.gql(
      RECORD_REFUND,
      { i: { externalId: `${input.externalId}-r`, orderExternalId: input.externalId, amountMinor: '3333' } },
      admin,
    );
    const mismatches = await sql(`
      select coalesce(b.partner_id, e.partner_id) as partner_id, coalesce(b.currency, e.currency) as currency,
             b.total, e.total as entries
      from (select partner_id, currency, sum(total_minor) as total, sum(entry_count) as n
            from partner_balances group by 1, 2) b
      full join (select partner_id, currency, sum(amount_minor) as total, count(*) as n
                 from ledger_entries group by 1, 2) e
        on e.partner_id = b.partner_id and e.currency = b.currency
      where b.total is distinct from e.total or b.n is distinct from e.n`);
    expect(mismatches).toEqual([]);
    const balances = await t.gql(
      'query($id: ID!) { partner(id: $id) { balances { currency total { amountMinor } pending { amountMinor } payable { amountMinor } } } }',
      { id: s.child.id },
      admin,
    );
    // $10.00 earned, 33.33 % refunded: $6.67 left, all of it still in the 30-day hold.
    expect(balances.data!.partner.balances).toEqual([
      {
        currency: 'USD',
        total: { amountMinor: '667' },
        pending: { amountMinor: '667' },
        payable: { amountMinor: '0' },
      },
    ]);
  });

  test('keeps the report rollup and the commission counts equal to their rows, with orders in flight at once', async () => {
    const s = await salesSetup(t, admin);
    const results = await Promise.all(
      Array.from({ length: 12 }, () => t.gql(RECORD_ORDER, { i: childOrder(s) }, admin)),
    );
    expect(results.map((result) => result.errors)).toEqual(results.map(() => undefined));
    for (const grain of ['DAY', 'MONTH', 'ALL']) {
      const bucket =
        grain === 'DAY'
          ? `date_trunc('day', effective_at, 'UTC')`
          : grain === 'MONTH'
            ? `date_trunc('month', effective_at, 'UTC')`
            : `timestamptz '1970-01-01 00:00:00+00'`;
      const mismatches = await sql(`
        select * from (select partner_id, currency, bucket, sum(commission_minor) as c, sum(clawback_minor) as cl,
              sum(payment_minor) as pa, sum(adjustment_minor) as ad, sum(entry_count) as n
            from ledger_period_sums where grain = '${grain}' group by 1, 2, 3) s
        full join (select partner_id, currency, ${bucket} as bucket,
              coalesce(sum(amount_minor) filter (where kind = 'COMMISSION'), 0) as c,
              coalesce(sum(amount_minor) filter (where kind = 'CLAWBACK'), 0) as cl,
              coalesce(sum(amount_minor) filter (where kind = 'PAYMENT'), 0) as pa,
              coalesce(sum(amount_minor) filter (where kind = 'ADJUSTMENT'), 0) as ad, count(*) as n
            from ledger_entries group by 1, 2, 3) e using (partner_id, currency, bucket)
        where (s.c, s.cl, s.pa, s.ad, s.n) is distinct from (e.c, e.cl, e.pa, e.ad, e.n)`);
      expect(mismatches).toEqual([]);
    }
    const counts = await sql(`
      select * from (select partner_id, sum(commission_count) as n from partner_commission_counts group by 1) k
      full join (select partner_id, count(*) as n from commissions group by 1) c using (partner_id)
      where k.n is distinct from c.n`);
    expect(counts).toEqual([]);
    const lists = await t.gql(
      `query($id: ID!) { commissions(partnerId: $id, first: 1) { totalCount }
        ledgerEntries(partnerId: $id, first: 1) { totalCount } }`,
      { id: s.child.id },
      admin,
    );
    const [row] =
      await sql(`select (select count(*) from commissions where partner_id = '${s.child.id}') as c,
      (select count(*) from ledger_entries where partner_id = '${s.child.id}') as e`);
    expect(lists.data).toEqual({
      commissions: { totalCount: Number(row.c) },
      ledgerEntries: { totalCount: Number(row.e) },
    });
    expect(Number(row.c)).toBeGreaterThanOrEqual(12);
  });

  test('keeps the order count equal to the orders, renewals included, with orders in flight at once', async () => {
    const s = await salesSetup(t, admin);
    const plan = childOrder(s, {
      items: [{ sku: s.planSku, quantity: 1, unitPriceMinor: '10000' }],
      paid: true,
    });
    const results = await Promise.all([
      ...Array.from({ length: 12 }, () => t.gql(RECORD_ORDER, { i: childOrder(s) }, admin)),
      t.gql(RECORD_ORDER, { i: plan }, admin),
    ]);
    expect(results.map((result) => result.errors)).toEqual(results.map(() => undefined));
    const renewals = await Promise.all(
      [1, 2, 3].map((n) =>
        t.gql(
          RECORD_PAYMENT,
          {
            i: {
              externalId: `${plan.externalId}-renewal-${n}`,
              orderExternalId: plan.externalId,
              amountMinor: '10000',
              renewal: true,
            },
          },
          admin,
        ),
      ),
    );
    expect(renewals.map((result) => result.data?.recordPayment.status)).toEqual([
      'PROCESSED',
      'PROCESSED',
      'PROCESSED',
    ]);
    const [row] = await sql(`select (select count(*) from orders) as n,
      (select coalesce(sum(order_count), 0) from order_counts) as kept,
      (select count(*) from orders where credits @> '[{"partnerId": "${s.child.id}"}]') as child`);
    expect(row.kept).toBe(row.n);
    const lists = await t.gql(
      `query($id: ID!) { all: orders(first: 1) { totalCount } child: orders(partnerId: $id, first: 1) { totalCount } }`,
      { id: s.child.id },
      admin,
    );
    expect(lists.data).toEqual({
      all: { totalCount: Number(row.n) },
      child: { totalCount: Number(row.child) },
    });
    // 13 orders and 3 renewals, all credited to the child.
    expect(Number(row.child)).toBe(16);
    // Orders are never deleted by the application; a delete in SQL is taken away from the count.
    const uncredited = await t.gql(RECORD_ORDER, { i: orderInput(s) }, admin);
    expect(uncredited.data?.recordOrder.order.commissions).toEqual([]);
    await sql(`delete from orders where id = '${uncredited.data!.recordOrder.order.id}'`);
    const [after] = await sql(`select (select count(*) from orders) as n,
      (select coalesce(sum(order_count), 0) from order_counts) as kept`);
    expect(after).toEqual({ n: row.n, kept: row.n });
  });
});
