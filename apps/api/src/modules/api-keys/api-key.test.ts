import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiKey } from './api-key.entity.js';
import { ApiKeyService, TOUCH_EVERY_MS } from './api-key.service.js';
import { API_KEY_SCOPES } from '../../graphql/actor.js';
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

describe('the full scope set', () => {
  test('every documented scope can be given to a key', async () => {
    const { apiKey } = await newKey([...API_KEY_SCOPES]);
    expect([...apiKey.scopes].sort()).toEqual([...API_KEY_SCOPES].sort());
  });

  test('partners:read reads partners but not the ledger; ledger:read the reverse; *:read everything', async () => {
    const partnersKey = await newKey(['partners:read']);
    const ledgerKey = await newKey(['ledger:read']);
    const everything = await newKey(['*:read']);
    const partners = '{ partners(first: 1) { totalCount } }';
    const orders = '{ orders(first: 1) { totalCount } }';
    const stats = '{ clickStats(from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { raw } }';
    expect((await t.gql(partners, {}, { bearer: partnersKey.secret })).errors).toBeUndefined();
    expect(errorOf(await t.gql(orders, {}, { bearer: partnersKey.secret }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SCOPE_MISSING',
    });
    expect((await t.gql(orders, {}, { bearer: ledgerKey.secret })).errors).toBeUndefined();
    expect(errorOf(await t.gql(partners, {}, { bearer: ledgerKey.secret })).reason).toBe('SCOPE_MISSING');
    for (const query of [partners, orders]) {
      expect((await t.gql(query, {}, { bearer: everything.secret })).errors).toBeUndefined();
    }
    const reports = await newKey(['reports:read']);
    const statsAnswer = await t.gql(stats, {}, { bearer: reports.secret });
    expect(statsAnswer.errors?.[0]?.extensions?.reason).not.toBe('SCOPE_MISSING');
    expect(errorOf(await t.gql(stats, {}, { bearer: partnersKey.secret })).reason).toBe('SCOPE_MISSING');
  });

  test('partners:write creates partners; a read key may not', async () => {
    const writer = await newKey(['partners:write']);
    const code = `kw${Date.now().toString(36)}`;
    const create = `mutation { createPartner(input: { code: "${code}", name: "K", email: "${code}@example.test" }) { code } }`;
    expect((await t.gql(create, {}, { bearer: writer.secret })).data?.createPartner.code).toBe(code);
    const reader = await newKey(['*:read']);
    expect(
      errorOf(
        await t.gql(
          create.replace(code, `${code}x`).replace(code, `${code}x`),
          {},
          { bearer: reader.secret },
        ),
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SCOPE_MISSING',
    });
  });
});

describe('expiry, rotation, last use, limits', () => {
  test('an expired key is API_KEY_EXPIRED; an expiry in the past or a bad limit is refused', async () => {
    const admin = await signedInAdmin(t);
    const past = await t.gql(
      CREATE_KEY,
      { i: { name: 'Old', scopes: ['*:read'], expiresAt: '2020-01-01T00:00:00Z' } },
      admin,
    );
    expect(errorOf(past)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'API_KEY_EXPIRY_INVALID',
      field: 'expiresAt',
    });
    const limit = await t.gql(
      CREATE_KEY,
      { i: { name: 'Fast', scopes: ['*:read'], rateLimitPerMinute: 0 } },
      admin,
    );
    expect(errorOf(limit)).toMatchObject({
      reason: 'API_KEY_RATE_LIMIT_INVALID',
      field: 'rateLimitPerMinute',
    });

    const soon = new Date(Date.now() + 3_600_000);
    const created = await t.gql(
      CREATE_KEY,
      { i: { name: 'Soon', scopes: ['*:read'], expiresAt: soon.toISOString() } },
      admin,
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(
      (await t.gql('{ partners(first: 1) { totalCount } }', {}, { bearer: secret })).errors,
    ).toBeUndefined();
    const service = new ApiKeyService();
    await expect(
      service.authenticate(t.orm.em.fork(), secret, new Date(soon.getTime() + 1)),
    ).rejects.toMatchObject({
      code: 'API_KEY_EXPIRED',
    });
    await t.orm.em.fork().nativeUpdate(ApiKey, { id: apiKey.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(
      errorOf(await t.gql('{ partners(first: 1) { totalCount } }', {}, { bearer: secret })),
    ).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'API_KEY_EXPIRED',
    });
  });

  test('rotation: the new secret works at once, the old one until the chosen time, then not', async () => {
    const { secret: oldSecret, apiKey, admin } = await newKey(['*:read']);
    const until = new Date(Date.now() + 3_600_000);
    const rotated = await t.gql(
      'mutation($id: ID!, $u: DateTimeISO) { rotateApiKey(id: $id, oldSecretValidUntil: $u) { secret apiKey { prefix previousSecretExpiresAt rotatedAt } } }',
      { id: apiKey.id, u: until.toISOString() },
      admin,
    );
    expect(rotated.errors).toBeUndefined();
    const newSecret = rotated.data!.rotateApiKey.secret as string;
    expect(newSecret).not.toBe(oldSecret);
    expect(newSecret.startsWith(rotated.data!.rotateApiKey.apiKey.prefix)).toBe(true);
    expect(new Date(rotated.data!.rotateApiKey.apiKey.previousSecretExpiresAt).getTime()).toBe(
      until.getTime(),
    );
    const read = '{ partners(first: 1) { totalCount } }';
    expect((await t.gql(read, {}, { bearer: newSecret })).errors).toBeUndefined();
    expect((await t.gql(read, {}, { bearer: oldSecret })).errors).toBeUndefined(); // two valid secrets at once
    const service = new ApiKeyService();
    await expect(
      service.authenticate(t.orm.em.fork(), oldSecret, new Date(until.getTime() + 1)),
    ).rejects.toMatchObject({
      code: 'API_KEY_EXPIRED',
    });
    expect(
      await service.authenticate(t.orm.em.fork(), newSecret, new Date(until.getTime() + 1)),
    ).toMatchObject({
      kind: 'apiKey',
      apiKeyId: apiKey.id,
    });
    // Rotating with the old secret ending now: it stops at once.
    const again = await t.gql(
      'mutation($id: ID!) { rotateApiKey(id: $id, oldSecretValidUntil: "2020-01-01T00:00:00Z") { secret } }',
      { id: apiKey.id },
      admin,
    );
    expect(errorOf(again).reason).toBe('API_KEY_EXPIRY_INVALID');
  });

  test('last use is written at most once a minute', async () => {
    const { secret, apiKey } = await newKey(['*:read']);
    const service = new ApiKeyService();
    const at = new Date('2031-05-01T10:00:00Z');
    const lastUsed = async () =>
      (await t.orm.em.fork().findOneOrFail(ApiKey, { id: apiKey.id })).lastUsedAt?.getTime();
    await service.authenticate(t.orm.em.fork(), secret, at);
    expect(await lastUsed()).toBe(at.getTime());
    await service.authenticate(t.orm.em.fork(), secret, new Date(at.getTime() + TOUCH_EVERY_MS - 1));
    expect(await lastUsed()).toBe(at.getTime()); // not written again within the minute
    const later = new Date(at.getTime() + TOUCH_EVERY_MS + 1);
    await service.authenticate(t.orm.em.fork(), secret, later);
    expect(await lastUsed()).toBe(later.getTime());
    const listed = await t.gql(
      '{ apiKeys { id lastUsedAt expiresAt rateLimitPerMinute } }',
      {},
      (await newKey(['*:read'])).admin,
    );
    expect(listed.data?.apiKeys.find((k: { id: string }) => k.id === apiKey.id)).toMatchObject({
      lastUsedAt: later.toISOString(),
    });
  });
});
