import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { knownClientError } from './client-error.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('database errors a client can cause', () => {
  test('a sum past what a bigint holds is MONEY_AMOUNT_TOO_LARGE, as the driver raises it and as the ORM wraps it', async () => {
    const em = t.orm.em.fork();
    const statements = [
      () => em.getConnection().execute('select 9223372036854775807::bigint + 1 as n'),
      () => em.getKnex().raw('select ?::bigint + ?::bigint as n', ['9223372036854775807', '1']),
    ];
    for (const run of statements) {
      const error = await run().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).not.toBeNull();
      expect(knownClientError(error)).toMatchObject({
        code: 'MONEY_AMOUNT_TOO_LARGE',
        category: 'BAD_USER_INPUT',
        status: 400,
      });
    }
    // Other database errors stay unknown (logged, INTERNAL_SERVER_ERROR).
    const other = await em
      .getConnection()
      .execute('select 1 / 0 as n')
      .catch((caught: unknown) => caught);
    expect(knownClientError(other)).toBeNull();
  });
});
