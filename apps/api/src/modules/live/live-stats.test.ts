import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type Caller,
  cookieFrom,
  createTestApp,
  signedInAdmin,
  type TestApp,
} from '../../test-support/test-app.js';
import { childOrder, orderInput, RECORD_ORDER, salesSetup } from '../../test-support/sales.js';
import { subscribe, until, webSocketUrl } from '../../test-support/live.js';

const COUNTERS = 'clicks uniqueClicks leads sales commissions { amountMinor currency }';
const STATS = `partnerId timeZone periodDays today { ${COUNTERS} } period { ${COUNTERS} } payable { amountMinor currency } days { day sales }`;

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
});
afterAll(() => t.close());

async function signIn(login: string, password: string): Promise<Caller> {
  const result = await t.gql(
    'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
    { l: login, p: password },
    { app: 'portal' },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { cookie: cookieFrom(result.headers), app: 'portal' };
}

describe('live counters and sub-partners', () => {
  test('a sale counts for the seller (sale, level-1 commission) and the recruiter (override), live', async () => {
    const s = await salesSetup(t, admin);
    const child = await signIn(s.child.code, 'partner-pass-1');
    await t.gql(
      'mutation($id: ID!, $i: UpdatePartnerInput!) { updatePartner(id: $id, input: $i) { id } }',
      { id: s.parent.id, i: { password: 'parent-pass-1234' } },
      admin,
    );
    const parent = await signIn(s.parent.code, 'parent-pass-1234');

    const before = await t.gql(`{ myLiveStats { ${STATS} } }`, {}, child);
    expect(before.data!.myLiveStats).toMatchObject({
      partnerId: s.child.id,
      periodDays: 30,
      today: { sales: 0, leads: 0, clicks: 0, commissions: [] },
    });
    expect(before.data!.myLiveStats.days).toHaveLength(30);

    const live = subscribe<{ myLiveStats: { today: { sales: number } } }>(
      await webSocketUrl(t),
      child,
      `subscription { myLiveStats { today { sales } } }`,
    );
    try {
      // The subscription may still be starting: record orders until an update arrives.
      await until(async () => {
        if (live.received.length > 0) return true;
        const order = await t.gql(RECORD_ORDER, { i: childOrder(s) }, admin);
        if (order.errors) throw new Error(JSON.stringify(order.errors));
        await new Promise((resolve) => setTimeout(resolve, 100));
        return live.received.length > 0;
      }, 'a live update after a sale');
      expect(live.received.at(-1)!.myLiveStats.today.sales).toBeGreaterThanOrEqual(1);
    } finally {
      await live.stop();
    }

    const after = (await t.gql(`{ myLiveStats { ${STATS} } }`, {}, child)).data!.myLiveStats;
    const sales: number = after.today.sales;
    expect(sales).toBeGreaterThanOrEqual(1);
    expect(after.period.sales).toBe(sales);
    expect(after.days.at(-1).sales).toBe(sales);
    // 10 % of $100.00 per sale for the seller; the hold keeps it from being payable.
    expect(after.today.commissions).toEqual([{ amountMinor: String(1000 * sales), currency: 'USD' }]);
    expect(after.payable).toEqual([{ amountMinor: '0', currency: 'USD' }]);

    // The recruiter: no sale of their own, 20 % of the child's commission as override.
    const ofParent = (await t.gql(`{ myLiveStats { ${STATS} } }`, {}, parent)).data!.myLiveStats;
    expect(ofParent.today.sales).toBe(0);
    expect(ofParent.today.commissions).toEqual([{ amountMinor: String(200 * sales), currency: 'USD' }]);
    const recruits = await t.gql(
      '{ mySubPartners { id code status joinedAt sales overrideEarnings { amountMinor currency } } }',
      {},
      parent,
    );
    expect(recruits.data!.mySubPartners).toEqual([
      expect.objectContaining({
        id: s.child.id,
        code: s.child.code,
        sales,
        overrideEarnings: [{ amountMinor: String(200 * sales), currency: 'USD' }],
      }),
    ]);
    // The child recruited nobody; the other partner's sales never show.
    expect((await t.gql('{ mySubPartners { id } }', {}, child)).data!.mySubPartners).toEqual([]);

    // Admins see the same counts per partner and at least them program-wide.
    const adminView = await t.gql(
      `query($p: ID) { one: liveStats(partnerId: $p) { today { sales } } all: liveStats { partnerId today { sales } } }`,
      { p: s.child.id },
      admin,
    );
    expect(adminView.data!.one.today.sales).toBe(sales);
    expect(adminView.data!.all.partnerId).toBeNull();
    expect(adminView.data!.all.today.sales).toBeGreaterThanOrEqual(sales);
  });

  test('program-wide, a sale credited to nobody shows in the activity (without a partner)', async () => {
    const s = await salesSetup(t, admin);
    const feed = subscribe<{ liveActivity: { kind: string; partnerId: string | null } | null }>(
      await webSocketUrl(t),
      admin,
      'subscription { liveActivity { kind partnerId } }',
    );
    try {
      await until(async () => {
        if (feed.received.some((event) => event.liveActivity?.kind === 'SALE')) return true;
        const order = await t.gql(RECORD_ORDER, { i: orderInput(s) }, admin);
        if (order.errors) throw new Error(JSON.stringify(order.errors));
        await new Promise((resolve) => setTimeout(resolve, 100));
        return feed.received.some((event) => event.liveActivity?.kind === 'SALE');
      }, 'an unattributed sale in the program-wide feed');
      expect(
        feed.received.find((event) => event.liveActivity?.kind === 'SALE')!.liveActivity!.partnerId,
      ).toBeNull();
      expect(feed.errors).toEqual([]);
    } finally {
      await feed.stop();
    }
  });
});
