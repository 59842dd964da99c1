import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiKey } from './api-key.entity.js';
import {
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  type TestApp,
} from '../../test-support/test-app.js';

const CREATE_KEY = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id name prefix scopes } } }`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function newKey(scopes: string[]) {
  const admin = await signedInAdmin(t);
  const result = await t.gql(CREATE_KEY, { i: { name: 'Shop backend', scopes } }, admin);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { admin, ...result.data!.createApiKey };
}

describe('API keys', () => {
  test('the secret has a recognisable prefix, at least 128 random bits, and is stored only as a hash', async () => {
    const { secret, apiKey } = await newKey(['*:read']);
    expect(secret).toMatch(/^pk_live_[A-Za-z0-9_-]{43}$/); // 32 bytes = 256 bits
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const row = await t.orm.em.fork().findOneOrFail(ApiKey, { id: apiKey.id });
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await t.gql('{ apiKeys { id prefix } }', {}, (await newKey(['*:read'])).admin);
    expect(JSON.stringify(listed.data)).not.toContain(secret);
  });

  test('a *:read key reads partners but cannot write', async () => {
    const { secret, admin } = await newKey(['*:read']);
    const partner = await createPartner(t, admin);
    const read = await t.gql(
      'query($c: String!) { partner(code: $c) { code } }',
      { c: partner.code },
      { bearer: secret },
    );
    expect(read.data?.partner.code).toBe(partner.code);
    const write = await t.gql(
      'mutation { createPartner(input: { code: "keywrite", name: "K", email: "k@example.test" }) { id } }',
      {},
      { bearer: secret },
    );
    expect(errorOf(write).code).toBe('FORBIDDEN');
  });

  test('an events:write key cannot read partners', async () => {
    const { secret } = await newKey(['events:write']);
    expect(errorOf(await t.gql('{ partners { totalCount } }', {}, { bearer: secret })).code).toBe(
      'FORBIDDEN',
    );
  });

  test('a revoked or unknown key is UNAUTHENTICATED', async () => {
    const { secret, apiKey, admin } = await newKey(['*:read']);
    await t.gql('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id }, admin);
    const result = await t.gql('{ partners { totalCount } }', {}, { bearer: secret });
    expect(errorOf(result)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_INVALID' });
    const unknown = await t.gql('{ partners { totalCount } }', {}, { bearer: 'pk_live_not-a-key' });
    expect(errorOf(unknown).code).toBe('UNAUTHENTICATED');
  });

  test('unknown scopes are refused with a field error and nothing is stored', async () => {
    const admin = await signedInAdmin(t);
    const before = await t.orm.em.fork().count(ApiKey, {});
    const result = await t.gql(CREATE_KEY, { i: { name: 'Bad', scopes: ['admin:everything'] } }, admin);
    expect(errorOf(result)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'API_KEY_SCOPE_UNKNOWN',
      field: 'scopes',
    });
    expect(await t.orm.em.fork().count(ApiKey, {})).toBe(before);
  });
});

describe('scope refusals', () => {
  test('say which scope the key lacks', async () => {
    const { secret } = await newKey(['events:write']);
    const result = await t.gql('{ partners { totalCount } }', {}, { bearer: secret });
    expect(errorOf(result)).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE_MISSING' });
    expect(result.errors?.[0]?.message).toContain('"*:read"');
  });
});
