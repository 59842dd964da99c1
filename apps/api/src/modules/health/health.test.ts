import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

test('/healthz and /readyz answer', async () => {
  expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
  const ready = await t.app.inject('/readyz');
  expect(ready.statusCode).toBe(200);
  expect(ready.json()).toEqual({ status: 'ready' });
});

test('/readyz says 503 when the database is gone', async () => {
  const other = await createTestApp();
  await other.orm.close(true);
  const ready = await other.app.inject('/readyz');
  expect(ready.statusCode).toBe(503);
  await other.app.close();
});
