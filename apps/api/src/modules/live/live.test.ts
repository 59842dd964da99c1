import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type Caller,
  cookieFrom,
  createTestApp,
  errorOf,
  signedInAdmin,
  type TestApp,
} from '../../test-support/test-app.js';
import {
  click,
  clickUntilReceived,
  LIVE_TEST_PASSWORD as PASSWORD,
  signedInPartner,
  subscribe,
  until,
  webSocketUrl,
} from '../../test-support/live.js';

const SETTINGS = `mutation($i: UpdateMerchantSettingsInput!) { updateMerchantSettings(input: $i) { defaultLandingUrl } }`;
const TEST_SETTINGS = {
  defaultLandingUrl: 'https://shop.example.com/welcome',
  allowedDomains: ['shop.example.com', '*.example.org'],
};

const ACTIVITY = 'subscription { myActivity { kind partnerId count summary } }';
const STATS = 'subscription { myLiveStats { partnerId today { clicks uniqueClicks } period { clicks } } }';

interface Activity {
  myActivity: { kind: string; partnerId: string; count: number | null } | null;
}

let t: TestApp;
let admin: Caller;
let url: string;

beforeAll(async () => {
  t = await createTestApp({}, { clicks: { flushIntervalMs: 20 } });
  admin = await signedInAdmin(t);
  const result = await t.gql(SETTINGS, { i: TEST_SETTINGS }, admin);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  url = await webSocketUrl(t);
});
afterAll(() => t.close());

describe('live subscriptions of a partner', () => {
  test('a partner receives their own clicks, never another partner’s', async () => {
    const a = await signedInPartner(t, admin);
    const b = await signedInPartner(t, admin);
    const feed = subscribe<Activity>(url, a.caller, ACTIVITY);
    const clicks = subscribe<{ myClicks: { partnerId: string; count: number; at: string } }>(
      url,
      a.caller,
      'subscription { myClicks { partnerId count uniqueCount at } }',
    );
    const stats = subscribe<{ myLiveStats: { partnerId: string; today: { clicks: number } } }>(
      url,
      a.caller,
      STATS,
    );
    try {
      await clickUntilReceived(t, a.code, () => feed.received.length);
      await clickUntilReceived(t, a.code, () => stats.received.length);
      await clickUntilReceived(t, a.code, () => clicks.received.length);
      // B's clicks while A's subscriptions are surely running, then one more of A's: events arrive in order,
      // so a B event would have come before it.
      await click(t, b.code);
      await click(t, b.code);
      const seen = feed.received.length;
      await clickUntilReceived(t, a.code, () => feed.received.length);
      expect(feed.received.length).toBeGreaterThan(seen);
      expect(feed.errors).toEqual([]);
      expect(feed.received.map((event) => event.myActivity?.partnerId)).toEqual(
        feed.received.map(() => a.id),
      );
      expect(feed.received[0]!.myActivity).toMatchObject({ kind: 'CLICKS', count: 1 });
      expect(clicks.received.length).toBeGreaterThan(0);
      expect(clicks.received.every((event) => event.myClicks.partnerId === a.id)).toBe(true);
      expect(stats.received.every((event) => event.myLiveStats.partnerId === a.id)).toBe(true);
      const clicksOfA = await t.gql('{ myLiveStats { today { clicks } } }', {}, a.caller);
      expect(stats.received.at(-1)!.myLiveStats.today.clicks).toBeLessThanOrEqual(
        clicksOfA.data!.myLiveStats.today.clicks,
      );
      expect(stats.received.at(-1)!.myLiveStats.today.clicks).toBeGreaterThanOrEqual(1);
    } finally {
      await feed.stop();
      await stats.stop();
      await clicks.stop();
    }
  });

  test('an admin follows one partner (only theirs) or the whole program', async () => {
    const a = await signedInPartner(t, admin);
    const b = await signedInPartner(t, admin);
    const ofB = subscribe<{ liveActivity: { partnerId: string } | null }>(
      url,
      admin,
      'subscription($p: ID) { liveActivity(partnerId: $p) { partnerId kind } }',
      { p: b.id },
    );
    const all = subscribe<{ liveStats: { partnerId: string | null; today: { clicks: number } } }>(
      url,
      admin,
      'subscription { liveStats { partnerId today { clicks } } }',
    );
    try {
      await clickUntilReceived(t, b.code, () => ofB.received.length);
      await click(t, a.code);
      const seen = ofB.received.length;
      await clickUntilReceived(t, b.code, () => ofB.received.length);
      expect(ofB.received.length).toBeGreaterThan(seen);
      expect(ofB.received.every((event) => event.liveActivity?.partnerId === b.id)).toBe(true);
      await clickUntilReceived(t, a.code, () => all.received.length);
      expect(all.received.at(-1)!.liveStats.partnerId).toBeNull();
      expect(all.received.at(-1)!.liveStats.today.clicks).toBeGreaterThanOrEqual(3);
    } finally {
      await ofB.stop();
      await all.stop();
    }
  });

  test("a subscription (or query) for another partner's data is FORBIDDEN", async () => {
    const a = await signedInPartner(t, admin);
    const b = await signedInPartner(t, admin);
    const sub = subscribe(url, a.caller, 'subscription($p: ID) { liveStats(partnerId: $p) { partnerId } }', {
      p: b.id,
    });
    try {
      await until(() => sub.errors.length > 0, 'the refusal');
      expect(sub.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(sub.received).toEqual([]);
    } finally {
      await sub.stop();
    }
    const query = await t.gql(
      'query($p: ID) { liveStats(partnerId: $p) { partnerId } }',
      { p: b.id },
      a.caller,
    );
    expect(errorOf(query)).toMatchObject({ code: 'FORBIDDEN', field: 'partnerId' });
    // Their own id is fine, and so is an admin's program-wide view; an admin has no `myLiveStats`.
    const own = await t.gql(
      'query($p: ID) { liveStats(partnerId: $p) { partnerId } }',
      { p: a.id },
      a.caller,
    );
    expect(own.data?.liveStats.partnerId).toBe(a.id);
    const adminOwn = await t.gql('{ myLiveStats { partnerId } }', {}, admin);
    expect(errorOf(adminOwn).code).toBe('FORBIDDEN');
  });

  test('an API key with `*:read` follows a partner at connect with its bearer; other keys are refused', async () => {
    const a = await signedInPartner(t, admin);
    const keyOf = async (scopes: string[]) =>
      (
        await t.gql(
          'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
          { i: { name: `live ${scopes.join(' ')}`, scopes } },
          admin,
        )
      ).data!.createApiKey.secret as string;
    const reader = subscribe<{ liveActivity: { partnerId: string } | null }>(
      url,
      { bearer: await keyOf(['*:read']) },
      'subscription($p: ID) { liveActivity(partnerId: $p) { partnerId kind } }',
      { p: a.id },
    );
    const writer = subscribe(
      url,
      { bearer: await keyOf(['events:write']) },
      'subscription { liveActivity { kind } }',
    );
    try {
      await clickUntilReceived(t, a.code, () => reader.received.length);
      expect(reader.received.every((event) => event.liveActivity?.partnerId === a.id)).toBe(true);
      await until(() => writer.errors.length > 0, 'the refusal of a key without *:read');
      expect(writer.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'SCOPE_MISSING' } });
    } finally {
      await reader.stop();
      await writer.stop();
    }
  });

  test('an anonymous socket is closed at connect', async () => {
    const sub = subscribe(url, {}, ACTIVITY);
    try {
      await until(() => sub.closedWith() !== null, 'the close');
      expect(sub.closedWith()).toBe(4403);
    } finally {
      await sub.stop();
    }
  });
});

describe('sockets of partners who may no longer follow are closed', () => {
  test('on sign-out (4401), while another session of the same partner stays open', async () => {
    const a = await signedInPartner(t, admin);
    const second = await t.gql(
      'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
      { l: a.code, p: PASSWORD },
      { app: 'portal' },
    );
    const other: Caller = { cookie: cookieFrom(second.headers), app: 'portal' };
    const leaving = subscribe<Activity>(url, a.caller, ACTIVITY);
    const staying = subscribe<Activity>(url, other, ACTIVITY);
    try {
      await clickUntilReceived(t, a.code, () => leaving.received.length);
      await clickUntilReceived(t, a.code, () => staying.received.length);
      const out = await t.gql('mutation { signOut }', {}, a.caller);
      expect(out.data?.signOut).toBe(true);
      await until(() => leaving.closedWith() !== null, 'the signed-out socket to close');
      expect(leaving.closedWith()).toBe(4401);
      // The other session still receives.
      await clickUntilReceived(t, a.code, () => staying.received.length);
      expect(staying.closedWith()).toBeNull();
    } finally {
      await leaving.stop();
      await staying.stop();
    }
  });

  test('on suspension (4403, or 4401 when its session ended first), and a suspended partner cannot open a new one', async () => {
    const a = await signedInPartner(t, admin);
    const sub = subscribe<Activity>(url, a.caller, ACTIVITY);
    try {
      await clickUntilReceived(t, a.code, () => sub.received.length);
      const suspended = await t.gql(
        'mutation($id: ID!, $input: UpdatePartnerInput!) { updatePartner(id: $id, input: $input) { status } }',
        { id: a.id, input: { status: 'SUSPENDED' } },
        admin,
      );
      expect(suspended.errors).toBeUndefined();
      await until(() => sub.closedWith() !== null, 'the suspended socket to close');
      // 4403 (no longer allowed) or 4401 (the suspension ended the session first): both are final.
      expect([4401, 4403]).toContain(sub.closedWith());
    } finally {
      await sub.stop();
    }
    const again = subscribe(url, a.caller, ACTIVITY);
    try {
      await until(() => again.closedWith() !== null, 'the refusal at connect');
      expect(again.closedWith()).toBe(4403);
    } finally {
      await again.stop();
    }
  });
});
