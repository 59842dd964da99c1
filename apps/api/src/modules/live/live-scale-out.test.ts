import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRedisEventBus } from '../../events/event-bus.js';
import {
  type Caller,
  createTestApp,
  signedInAdmin,
  type TestApp,
  unique,
} from '../../test-support/test-app.js';
import {
  click,
  clickUntilReceived,
  signedInPartner,
  subscribe,
  until,
  webSocketUrl,
} from '../../test-support/live.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0 });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const reachable = await redisReachable();
if (!reachable)
  console.log(`[api tests] Redis not reachable at ${REDIS_URL}: the two-instance tests are skipped`);

/** Two API instances (two `buildApp`) on one PostgreSQL database and one Redis, as behind a load balancer. */
describe.skipIf(!reachable)('two API instances with REDIS_URL', () => {
  let a: TestApp;
  let b: TestApp;
  let adminOnA: Caller;
  const env = { REDIS_URL, TRACKING_CACHE_SECONDS: '3600' };

  beforeAll(async () => {
    // The cache TTL is an hour: only invalidation through Redis can change B's redirect within the test.
    a = await createTestApp(env, { clicks: { flushIntervalMs: 20 }, events: createRedisEventBus(REDIS_URL) });
    b = await createTestApp(env, { clicks: { flushIntervalMs: 20 }, events: createRedisEventBus(REDIS_URL) });
    adminOnA = await signedInAdmin(a);
    const settings = await a.gql(
      'mutation($i: UpdateMerchantSettingsInput!) { updateMerchantSettings(input: $i) { defaultLandingUrl } }',
      {
        i: {
          defaultLandingUrl: 'https://shop.example.com/welcome',
          allowedDomains: ['shop.example.com', '*.example.org'],
        },
      },
      adminOnA,
    );
    if (settings.errors) throw new Error(JSON.stringify(settings.errors));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  test("a partner's subscriber on B gets the clicks redirected by A, and never another partner's", async () => {
    const alice = await signedInPartner(a, adminOnA);
    const bob = await signedInPartner(a, adminOnA);
    // Alice's session cookie works on B too: sessions live in the shared database.
    const onB = subscribe<{ myActivity: { partnerId: string; kind: string; count: number } | null }>(
      await webSocketUrl(b),
      alice.caller,
      'subscription { myActivity { partnerId kind count } }',
    );
    try {
      await clickUntilReceived(a, alice.code, () => onB.received.length);
      await click(a, bob.code);
      const seen = onB.received.length;
      await clickUntilReceived(a, alice.code, () => onB.received.length);
      expect(onB.received.length).toBeGreaterThan(seen);
      expect(onB.errors).toEqual([]);
      expect(onB.received.every((event) => event.myActivity?.partnerId === alice.id)).toBe(true);
      expect(onB.received[0]!.myActivity).toMatchObject({ kind: 'CLICKS', count: 1 });
    } finally {
      await onB.stop();
    }
  });

  test("a sign-out on A closes the partner's socket on B", async () => {
    const alice = await signedInPartner(a, adminOnA);
    const onB = subscribe(await webSocketUrl(b), alice.caller, 'subscription { myActivity { kind } }');
    try {
      await clickUntilReceived(a, alice.code, () => onB.received.length);
      await a.gql('mutation { signOut }', {}, alice.caller);
      await until(() => onB.closedWith() !== null, 'the socket on B to close');
      expect(onB.closedWith()).toBe(4401);
    } finally {
      await onB.stop();
    }
  });

  test("a link edited on A changes B's redirect without waiting for the cache TTL", async () => {
    const alice = await signedInPartner(a, adminOnA);
    const slug = `sale-${unique()}`;
    const created = await a.gql(
      'mutation($i: CreateTrackingLinkInput!) { createTrackingLink(input: $i) { id } }',
      { i: { slug, name: `Sale ${slug}`, destinationUrl: 'https://shop.example.com/before' } },
      adminOnA,
    );
    expect(created.errors).toBeUndefined();
    const locationOnB = async () =>
      (await b.app.inject({ method: 'GET', url: `/r/${alice.code}/${slug}` })).headers.location as string;
    // B caches the link as it is now.
    await until(
      async () => (await locationOnB()).startsWith('https://shop.example.com/before'),
      'B to follow the link',
    );
    const edited = await a.gql(
      'mutation($id: ID!, $i: UpdateTrackingLinkInput!) { updateTrackingLink(id: $id, input: $i) { id } }',
      { id: created.data!.createTrackingLink.id, i: { destinationUrl: 'https://shop.example.com/after' } },
      adminOnA,
    );
    expect(edited.errors).toBeUndefined();
    await until(
      async () => (await locationOnB()).startsWith('https://shop.example.com/after'),
      "B's redirect to change",
    );
  });
});
