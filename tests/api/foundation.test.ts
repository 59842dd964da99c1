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
    let ready!: () => void;
    const started = new Promise<void>((resolve) => (ready = resolve));
    const unsubscribe = client.subscribe(
      { query: 'subscription { partnerUpdated { code name } }' },
      {
        next: (value) => received.push((value.data as any).partnerUpdated.code),
        error: () => {},
        complete: () => {},
      },
    );
    client.on('connected', () => setTimeout(ready, 200));
    return { received, started, stop: () => (unsubscribe(), client.dispose()) };
  }

  test("a partner only receives their own updates; an admin receives everyone's", async () => {
    const admin = await signInAdmin();
    const alice = subscribe(await signInPartner(DEMO.alice.code, DEMO.alice.password));
    const bob = subscribe(await signInPartner(DEMO.bob.code, DEMO.bob.password));
    const watcher = subscribe(admin);
    await Promise.all([alice.started, bob.started, watcher.started]);

    const { data } = await gql('{ partners(search: "alice") { nodes { id } } }', {}, admin);
    const aliceId = data.partners.nodes[0].id;
    await gql(
      'mutation($id: ID!) { updatePartner(id: $id, input: { name: "Alice Agency Ltd" }) { id } }',
      { id: aliceId },
      admin,
    );
    try {
      await expect.poll(() => alice.received, { timeout: 10_000 }).toEqual(['alice']);
      await expect.poll(() => watcher.received, { timeout: 10_000 }).toEqual(['alice']);
      // Both got theirs; bob's connection had the same time to receive it, and must not.
      expect(bob.received).toEqual([]);
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
