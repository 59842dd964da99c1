import { afterAll, beforeAll, expect, test } from 'vitest';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import Fastify from 'fastify';
import { ormConfig } from '../../composition/orm-config.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { registerHealthRoutes } from './health.routes.js';

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

test('/readyz says 503, coded, when the database refuses connections or does not answer', async () => {
  // An ORM of its own on a port where nothing listens: the refusal is immediate and certain.
  const gone = await MikroORM.init({
    ...ormConfig('postgresql://postgres@127.0.0.1:1/none'),
    connect: false,
  });
  const app = Fastify();
  registerHealthRoutes(app, gone);
  const ready = await app.inject('/readyz');
  expect(ready.statusCode).toBe(503);
  expect(ready.headers['retry-after']).toBeDefined();
  expect(ready.json()).toMatchObject({ status: 'unavailable' });
  await app.close();
  await gone.close(true);
  // A server that accepts the connection and never answers (a hung database): 503 after the probe's time.
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as AddressInfo;
  const hung = await MikroORM.init({
    ...ormConfig(`postgresql://postgres@127.0.0.1:${port}/none`),
    connect: false,
  });
  const slow = Fastify();
  registerHealthRoutes(slow, hung, 100);
  expect((await slow.inject('/readyz')).statusCode).toBe(503);
  await slow.close();
  for (const socket of sockets) socket.destroy();
  silent.close();
  await hung.close(true).catch(() => undefined);
});
