import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, test } from 'vitest';
import { createTestApp, signedInAdmin, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    NODE_ENV: process.env.PROBE_ENV ?? 'production',
    STRIPE_WEBHOOK_SECRETS: 'whsec_test',
  });
});
afterAll(() => t.close());

const show = (label: string, r: { statusCode: number; body: string }) =>
  console.log(`${label}: ${r.statusCode} ${r.body.slice(0, 400)}`);

test('probe', async () => {
  const admin = await signedInAdmin(t);
  await t.gql(
    `mutation { updateMerchantSettings(input: { defaultLandingUrl: "https://example.com/", allowedDomains: ["example.com"] }) { defaultLandingUrl } }`,
    {},
    admin,
  );
  show('r nul', await t.app.inject('/r/alice/x%00'));
  show('r nul code', await t.app.inject('/r/al%00ice'));
  show('r bad utf8', await t.app.inject('/r/al%FFice'));
  show(
    'lead nul',
    await t.app.inject({
      method: 'POST',
      url: '/t/lead',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"\\u0000@b.c"}',
    }),
  );
  show(
    'lead null',
    await t.app.inject({
      method: 'POST',
      url: '/t/lead',
      headers: { 'content-type': 'application/json' },
      payload: 'null',
    }),
  );
  show(
    'lead badjson',
    await t.app.inject({
      method: 'POST',
      url: '/t/lead',
      headers: { 'content-type': 'application/json' },
      payload: '{nope',
    }),
  );
  show(
    'lead text badjson',
    await t.app.inject({
      method: 'POST',
      url: '/t/lead',
      headers: { 'content-type': 'text/plain' },
      payload: '{nope',
    }),
  );
  show(
    'lead xml',
    await t.app.inject({
      method: 'POST',
      url: '/t/lead',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    }),
  );
  show(
    'lead big',
    await t.app.inject({
      method: 'POST',
      url: '/t/lead',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'x'.repeat(2_000_000) }),
    }),
  );
  const payload = JSON.stringify({ id: 'evt_1', type: 'checkout.session.completed', data: {} });
  const ts = Math.floor(Date.now() / 1000);
  const sig = createHmac('sha256', 'whsec_test').update(`${ts}.${payload}`).digest('hex');
  show(
    'stripe no object',
    await t.app.inject({
      method: 'POST',
      url: '/webhooks/stripe',
      headers: { 'content-type': 'application/json', 'stripe-signature': `t=${ts},v1=${sig}` },
      payload,
    }),
  );
  const gq = async (label: string, body: unknown, caller = admin) =>
    show(
      label,
      await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', cookie: caller.cookie!, 'x-partnerkit-app': 'admin' },
        payload: JSON.stringify(body),
      }),
    );
  await gq('gql nul', {
    query: 'query($s: String) { partners(search: $s) { totalCount } }',
    variables: { s: 'a\u0000b' },
  });
  await gq('gql surrogate', {
    query: 'query($s: String) { partners(search: $s) { totalCount } }',
    variables: { s: 'a\ud800b' },
  });
  await gq('gql nul literal', {
    query: 'mutation { createPartner(input: {code: "abcd1", name: "a\\u0000", email: "x@y.zz"}) { id } }',
  });
  await gq('gql cursor', { query: '{ commissions(after: "garbage") { totalCount } }' });
  await gq('gql cursor2', { query: '{ partners(after: "garbage") { totalCount } }' });
  await gq('gql pq', {
    query: '{ __typename }',
    extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
  });
  await gq('gql pq2', { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
  show(
    'gql badjson',
    await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: '{nope',
    }),
  );
  show(
    'gql text',
    await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'text/plain' },
      payload: '{}',
    }),
  );
  show(
    'gql big',
    await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: 'x'.repeat(2_000_000) }),
    }),
  );
  show('404', await t.app.inject('/nope'));
  show('put r', await t.app.inject({ method: 'PUT', url: '/r/alice' }));
  show('embed', await t.app.inject('/embed/signup.js?program=%00'));
  show('embed arr', await t.app.inject('/embed/signup.js?program=a&program=b'));
});
