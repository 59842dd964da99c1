import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Product } from '../../kernel/product.entity.js';
import {
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';

const UPSERT =
  'mutation($i: UpsertProductInput!) { upsertProduct(input: $i) { id sku name subscription archivedAt price { amountMinor currency formatted } } }';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
});
afterAll(() => t.close());

describe('products', () => {
  test('upsert by SKU creates once and then updates the same product', async () => {
    const sku = `PLAN-${unique()}`;
    const first = await t.gql(
      UPSERT,
      { i: { sku, name: 'Pro plan', priceMinor: '4900', currency: 'usd', subscription: true } },
      admin,
    );
    expect(first.data?.upsertProduct).toMatchObject({
      sku,
      subscription: true,
      price: { amountMinor: '4900', currency: 'USD', formatted: '$49.00' },
    });
    const second = await t.gql(
      UPSERT,
      { i: { sku, name: 'Pro plan (2026)', priceMinor: '5900', currency: 'USD', subscription: true } },
      admin,
    );
    expect(second.data?.upsertProduct.id).toBe(first.data?.upsertProduct.id);
    expect(second.data?.upsertProduct).toMatchObject({
      name: 'Pro plan (2026)',
      price: { amountMinor: '5900' },
    });
    expect(await t.orm.em.fork().count(Product, { sku })).toBe(1);
  });

  test('archived products leave the default list but stay readable', async () => {
    const sku = `OLD-${unique()}`;
    const created = await t.gql(
      UPSERT,
      { i: { sku, name: 'Old', priceMinor: '100', currency: 'EUR', archived: true } },
      admin,
    );
    expect(created.data?.upsertProduct.archivedAt).toBeTruthy();
    const list = await t.gql('query($s: String) { products(search: $s) { totalCount } }', { s: sku }, admin);
    expect(list.data?.products.totalCount).toBe(0);
    const all = await t.gql(
      'query($s: String) { products(search: $s, includeArchived: true) { totalCount } }',
      { s: sku },
      admin,
    );
    expect(all.data?.products.totalCount).toBe(1);
  });

  test.each([
    [{ priceMinor: '-1' }, 'MONEY_AMOUNT_NEGATIVE', 'priceMinor'],
    [{ priceMinor: '19.99' }, 'MONEY_AMOUNT_INVALID', 'priceMinor'],
    [{ currency: 'ABC' }, 'MONEY_CURRENCY_UNKNOWN', 'currency'],
    [{ sku: '  ' }, 'REQUIRED', 'sku'],
  ])('refuses %j', async (override, reason, field) => {
    const result = await t.gql(
      UPSERT,
      { i: { sku: `X-${unique()}`, name: 'X', priceMinor: '100', currency: 'USD', ...override } },
      admin,
    );
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason, field });
  });

  test('integrations upsert with a products:write key; *:read keys cannot', async () => {
    const key = async (scopes: string[]) =>
      (
        await t.gql(
          'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
          { i: { name: 'Shop', scopes } },
          admin,
        )
      ).data!.createApiKey.secret as string;
    const writer = await key(['products:write']);
    const reader = await key(['*:read']);
    const input = { i: { sku: `API-${unique()}`, name: 'Via API', priceMinor: '1000', currency: 'USD' } };
    expect((await t.gql(UPSERT, input, { bearer: writer })).errors).toBeUndefined();
    expect(errorOf(await t.gql(UPSERT, input, { bearer: reader })).code).toBe('FORBIDDEN');
  });
});
