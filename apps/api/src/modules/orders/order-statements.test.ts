import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createTestApp,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { childOrder, salesSetup, type SalesSetup } from '../../test-support/sales.js';

/**
 * How many round trips to the database one recorded order costs (a count, not a timing: deterministic). A
 * new order of a new customer credited by partner code to a level-2 partner (two commissions, two ledger
 * entries) must stay a handful: the engine's reads batched, the reads of one turn sent together
 * (`plainRows`), the writes multi-row, the answer from what was written. Counted at the driver (knex's
 * `query` event: every query sent, one per round trip, BEGIN and COMMIT included).
 */
const RECORD = `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { status duplicate order {
  id externalId total { amountMinor } commissions { level amount { amountMinor } } } } }`;

let t: TestApp;
let admin: Caller;
let events: Caller;
let s: SalesSetup;
const statements: string[] = [];
/** The names of the statements sent as named prepared statements (`preparedRows`). */
const prepared: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
  const key = await t.gql(
    'mutation { createApiKey(input: { name: "Shop", scopes: ["events:write"] }) { secret } }',
    {},
    admin,
  );
  events = { bearer: key.data!.createApiKey.secret };
  s = await salesSetup(t, admin);
  t.orm.em
    .getConnection()
    .getKnex()
    .client.on('query', (query: { sql: string; options?: { name?: string } }) => {
      // The webhook dispatcher's round (every few seconds, whatever the orders) is not the order's.
      if (/webhook_deliveries/.test(query.sql)) return;
      statements.push(query.sql);
      if (query.options?.name) prepared.push(query.options.name);
    });
});
afterAll(() => t?.close());

const record = async () => {
  const input = childOrder(s, {
    paid: true,
    customer: { externalId: `cust-${unique()}`, email: `c-${unique()}@example.com` },
  });
  statements.length = 0;
  prepared.length = 0;
  const result = await t.gql(RECORD, { i: input }, events);
  const sent = [...statements];
  expect(result.errors).toBeUndefined();
  const order = result.data!.recordOrder.order;
  expect(order.commissions.map((c: { level: number }) => c.level).sort()).toEqual([1, 2]);
  return sent;
};

describe('statements per order', () => {
  test('a new paid two-level order of a new customer is a handful of statements', async () => {
    await record(); // the first order also queues the partners' first-commission emails
    const sent = await record();
    console.log(
      `[order statements] ${sent.length} statements:\n${sent.map((sql) => `  ${sql.slice(0, 160)}`).join('\n')}`,
    );
    const begin = sent.indexOf('BEGIN;');
    const commit = sent.indexOf('COMMIT;');
    expect(begin).toBeGreaterThan(-1);
    // Round trips (statements of one turn travel together: `plainRows`). Before the transaction: the API
    // key; the products, the partner by code and the program. Inside: BEGIN; the locks with the event (and
    // the waiting ones), the customer and the partners' chains; every row in one statement; COMMIT. After:
    // nothing, the answer's commissions are the ones written. Was 30 statements, then 12 round trips.
    expect(sent.slice(begin, commit + 1).length).toBeLessThanOrEqual(4);
    expect(sent.length).toBeLessThanOrEqual(6);
    expect(sent.slice(commit + 1)).toEqual([]);
    expect(sent.filter((sql) => /count\(/i.test(sql))).toEqual([]);
    // The write, the same text for every order, is parsed and planned once per connection.
    expect(prepared).toEqual(['partnerkit_write_order']);
  });

  test('the orders page costs the same statements for 2 orders as for 8 (relations batched, no count unless asked)', async () => {
    const fresh = await salesSetup(t, admin);
    const page = `query($p: ID) { orders(partnerId: $p, first: 10) { nodes { id
      credits { partner { code parent { code } programs { id } } }
      customer { email }
      commissions { level partner { code } program { id } order { id } } } } }`;
    const statementsOfPage = async () => {
      statements.length = 0;
      const result = await t.gql(page, { p: fresh.child.id }, admin);
      expect(result.errors).toBeUndefined();
      return { count: statements.length, orders: result.data!.orders.nodes.length as number };
    };
    const recordFor = async () => {
      const result = await t.gql(
        RECORD,
        { i: childOrder(fresh, { customer: { email: `c-${unique()}@example.com` } }) },
        events,
      );
      expect(result.errors).toBeUndefined();
    };
    for (let i = 0; i < 2; i += 1) await recordFor();
    const few = await statementsOfPage();
    for (let i = 0; i < 6; i += 1) await recordFor();
    const more = await statementsOfPage();
    expect([few.orders, more.orders]).toEqual([2, 8]);
    expect(more.count).toBe(few.count);
    expect(statements.filter((sql) => /count\(/i.test(sql))).toEqual([]);
  });
});
