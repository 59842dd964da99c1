import { describe, expect, inject, test } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO, gql, signInAdmin, signInPartner, type Session } from '../support/graphql-client.js';

const base = () => inject('baseUrl');

describe('the app as `pnpm start` runs it', () => {
  test('serves the admin console under /admin/ and the portal under /portal/, deep links included', async () => {
    for (const [path, title] of [
      ['/admin/', 'Partnerkit Admin'],
      ['/admin/partners/some-id', 'Partnerkit Admin'],
      ['/portal/', 'Partner Portal'],
      ['/portal/profile', 'Partner Portal'],
    ] as const) {
      const response = await fetch(`${base()}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<title>${title}</title>`);
      expect(html, path).toContain('<div id="root">');
    }
    expect((await fetch(`${base()}/admin/assets/missing.js`)).status).toBe(404);
    const root = await fetch(`${base()}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/admin/');
  });

  test('serves the SPAs pre-compressed (brotli or gzip, as asked), hashed files cached for a year, the page and config.js revalidated', async () => {
    for (const spa of ['admin', 'portal']) {
      const page = await fetch(`${base()}/${spa}/`);
      expect(page.headers.get('cache-control'), spa).toBe('no-cache');
      const html = await page.text();
      const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1]!;
      const plain = await fetch(`${base()}${script}`, { headers: { 'accept-encoding': 'identity' } });
      const size = (await plain.arrayBuffer()).byteLength;
      expect(plain.headers.get('content-encoding'), spa).toBeNull();
      expect(plain.headers.get('cache-control'), spa).toBe('public, max-age=31536000, immutable');
      for (const encoding of ['br', 'gzip']) {
        const packed = await fetch(`${base()}${script}`, { headers: { 'accept-encoding': encoding } });
        expect(packed.headers.get('content-encoding'), `${spa} ${encoding}`).toBe(encoding);
        expect(packed.headers.get('cache-control'), spa).toBe('public, max-age=31536000, immutable');
        // fetch decodes the body: the same script, sent in far fewer bytes.
        expect((await packed.arrayBuffer()).byteLength, `${spa} ${encoding}`).toBe(size);
        expect(Number(packed.headers.get('content-length') ?? 0), `${spa} ${encoding}`).toBeLessThan(
          size / 2,
        );
      }
      const config = await fetch(`${base()}/${spa}/config.js`);
      expect(config.headers.get('cache-control'), spa).toBe('no-cache');
      expect(config.headers.get('content-encoding'), spa).toBeNull();
    }
  });

  test('each SPA has its icon: favicon.ico and an SVG, linked from its page', async () => {
    for (const spa of ['admin', 'portal']) {
      const ico = await fetch(`${base()}/${spa}/favicon.ico`);
      expect(ico.status, spa).toBe(200);
      // An ICO file starts with reserved 0 and type 1 (icon).
      expect([...new Uint8Array(await ico.arrayBuffer()).slice(0, 4)], spa).toEqual([0, 0, 1, 0]);
      const svg = await fetch(`${base()}/${spa}/favicon.svg`);
      expect(svg.status, spa).toBe(200);
      expect(await svg.text(), spa).toContain('<svg');
      const html = await (await fetch(`${base()}/${spa}/`)).text();
      expect(html, spa).toContain(`<link rel="icon" href="/${spa}/favicon.ico" sizes="32x32" />`);
      expect(html, spa).toContain(`<link rel="icon" type="image/svg+xml" href="/${spa}/favicon.svg" />`);
    }
  });

  test('the documented demo accounts sign in', async () => {
    const admin = await signInAdmin();
    expect((await gql('{ me { kind admin { email } } }', {}, admin)).data.me.admin.email).toBe(
      DEMO.admin.email,
    );
    const alice = await signInPartner(DEMO.alice.code, DEMO.alice.password);
    expect((await gql('{ me { partner { code } } }', {}, alice)).data.me.partner.code).toBe('alice');
    const bob = await signInPartner(DEMO.bob.email, DEMO.bob.password);
    expect((await gql('{ me { partner { code } } }', {}, bob)).data.me.partner.code).toBe('bobby');
  });

  test('an admin edits a partner on the embedded database, parent included', async () => {
    const admin = await signInAdmin();
    const { data } = await gql('{ partners(search: "bob") { nodes { id } } }', {}, admin);
    const bobId = data.partners.nodes[0].id;
    const UPDATE =
      'mutation($id: ID!, $p: String) { updatePartner(id: $id, input: { parentCode: $p }) { parent { code } } }';
    expect((await gql(UPDATE, { id: bobId, p: null }, admin)).data.updatePartner.parent).toBeNull();
    expect((await gql(UPDATE, { id: bobId, p: 'alice' }, admin)).data.updatePartner.parent).toEqual({
      code: 'alice',
    });
    const alice = await gql('{ partners(search: "alice") { nodes { id } } }', {}, admin);
    const loop = await gql(UPDATE, { id: alice.data.partners.nodes[0].id, p: 'bobby' }, admin);
    expect(loop.errors?.[0]?.extensions?.reason).toBe('PARTNER_PARENT_CYCLE');
    expect((await gql('{ me { kind } }', {}, admin)).data.me.kind).toBe('ADMIN');
  });

  test('production mode sends no stack traces and refuses unknown fields with a stable code', async () => {
    const result = await gql('{ nope }');
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});

describe('subscriptions over graphql-ws', () => {
  /** A subscriber's events, each as "code:name" of the partner announced. */
  function subscribe(session: Session) {
    const received: string[] = [];
    const client = createClient({
      url: `${base().replace('http', 'ws')}/graphql`,
      connectionParams: { app: session.app },
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: { cookie: session.cookie } });
        }
      },
    });
    const unsubscribe = client.subscribe(
      { query: 'subscription { partnerUpdated { code name } }' },
      {
        next: (value) => {
          const partner = (value.data as any).partnerUpdated;
          received.push(`${partner.code}:${partner.name}`);
        },
        error: () => {},
        complete: () => {},
      },
    );
    return { received, stop: () => (unsubscribe(), client.dispose()) };
  }

  /** Renames a partner; without a name, changes nothing (the API still announces the partner). */
  async function update(admin: Session, id: string, name?: string) {
    const input = name === undefined ? {} : { name };
    await gql(
      'mutation($id: ID!, $input: UpdatePartnerInput!) { updatePartner(id: $id, input: $input) { id } }',
      {
        id,
        input,
      },
      admin,
    );
  }

  /**
   * graphql-ws does not acknowledge a subscription, and an event published before the server has set it up
   * is not delivered. So the partner is announced again until `live()` says that the subscriptions that
   * should see it have: the poll waits for those events, not for a set time.
   */
  async function announceUntil(admin: Session, id: string, live: () => boolean) {
    await expect
      .poll(
        async () => {
          if (!live()) await update(admin, id);
          return live();
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe(true);
  }

  /** The events from `first` on (a connection delivers in the order the API published). */
  const from = (received: string[], first: string) =>
    received.includes(first) ? received.slice(received.indexOf(first)) : [];

  test("a partner only receives their own updates; an admin receives everyone's", async () => {
    const admin = await signInAdmin();
    const idOf = async (search: string): Promise<string> =>
      (await gql('query($s: String) { partners(search: $s) { nodes { id } } }', { s: search }, admin)).data
        .partners.nodes[0].id;
    const aliceId = await idOf('alice');
    const bobId = await idOf('bob');
    const alice = subscribe(await signInPartner(DEMO.alice.code, DEMO.alice.password));
    const bob = subscribe(await signInPartner(DEMO.bob.code, DEMO.bob.password));
    const watcher = subscribe(admin);
    try {
      // Each subscription is live once it has received an event of its own.
      await announceUntil(admin, bobId, () => bob.received.length > 0 && watcher.received.length > 0);
      await announceUntil(admin, aliceId, () => alice.received.length > 0);

      // All three listen now. Alice is renamed, then bob: the admin sees both, in that order.
      await update(admin, aliceId, 'Alice Agency Ltd');
      await update(admin, bobId, 'Bob Reviews Ltd');
      await expect
        .poll(() => from(watcher.received, 'alice:Alice Agency Ltd'), { timeout: 10_000 })
        .toEqual(['alice:Alice Agency Ltd', 'bobby:Bob Reviews Ltd']);
      // Bob's rename reaches his connection after alice's would have: he never got one of hers.
      await expect.poll(() => bob.received.at(-1), { timeout: 10_000 }).toBe('bobby:Bob Reviews Ltd');
      expect(bob.received.filter((event) => event.startsWith('alice:'))).toEqual([]);
      // Alice, announced once more after bob's rename, has had his by then if it were sent to her.
      await update(admin, aliceId);
      await expect
        .poll(() => from(alice.received, 'alice:Alice Agency Ltd'), { timeout: 10_000 })
        .toEqual(['alice:Alice Agency Ltd', 'alice:Alice Agency Ltd']);
      expect(alice.received.filter((event) => event.startsWith('bobby:'))).toEqual([]);
    } finally {
      alice.stop();
      bob.stop();
      watcher.stop();
    }
  });

  test('anonymous sockets are closed with 4403', async () => {
    const closed = await new Promise<number>((resolve) => {
      const client = createClient({
        url: `${base().replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe(
        { query: 'subscription { partnerUpdated { code } }' },
        { next: () => {}, error: () => {}, complete: () => {} },
      );
    });
    expect(closed).toBe(4403);
  });
});
