import { parse } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signedInAdmin, type TestApp } from '../test-support/test-app.js';
import { invalidTextArgument } from './valid-text.plugin.js';

describe('invalidTextArgument (the one text check of GraphQL arguments and variables)', () => {
  const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) });

  test.each([
    ['mutation { createPartner(input: { code: "abcd", name: "b\\u0000" }) { id } }', {}, 'name'],
    [
      'mutation($i: RecordOrderInput!) { recordOrder(input: $i) { status } }',
      { i: { items: [{ sku: 'a' }, { sku: 'b\ud800' }] } },
      'items[1].sku',
    ],
    ['query($s: String) { partners(search: $s) { totalCount } }', { s: '\udc00' }, 'search'],
    ['query { partners(search: "ok", after: $c) { totalCount } }', { c: 'a\u0000' }, 'after'],
    [
      'mutation($i: X) { signUpPartner(input: $i) { id } }',
      { i: { customFields: { 'k\u0000': 1 } } },
      'customFields["k\\u0000"]',
    ],
    ['query { me { kind } }', { unused: ['\u0000'] }, '$unused[0]'],
    ['mutation($i: X) { f(input: $i) { id } }', { i: nested(70) }, expect.stringMatching(/^a(\.a)+$/)],
  ])('%s with %j names %s', (query, variables, field) => {
    expect(invalidTextArgument(parse(query), variables)).toEqual(field);
  });

  test('valid text anywhere passes: emoji (surrogate pairs), accents, control characters other than NUL', () => {
    const variables = { i: { name: 'Zoë 🙂 \t tab', items: [{ sku: '🏳️‍🌈' }] } };
    expect(
      invalidTextArgument(parse('mutation($i: X) { f(input: $i, note: "é\\n") { id } }'), variables),
    ).toBe(undefined);
  });
});

describe('over graphql-ws', () => {
  let t: TestApp;
  let url: string;
  let secret: string;
  beforeAll(async () => {
    t = await createTestApp();
    const admin = await signedInAdmin(t);
    const key = await t.gql(
      'mutation { createApiKey(input: { name: "ws", scopes: ["*:read"] }) { secret } }',
      {},
      admin,
    );
    secret = key.data!.createApiKey.secret;
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  });
  afterAll(() => t.close());

  test('a subscription with a NUL byte in its variables is refused with the same code', async () => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${secret}` },
      retryAttempts: 0,
    });
    try {
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: 'subscription { partnerUpdated { id } }', variables: { note: 'a\u0000b' } },
          { next: () => undefined, error: resolve, complete: () => resolve(null) },
        );
      });
      expect(errors).toEqual([
        expect.objectContaining({
          extensions: { code: 'BAD_USER_INPUT', reason: 'TEXT_INVALID', field: '$note' },
        }),
      ]);
    } finally {
      await client.dispose();
    }
  });
});
