import { Writable } from 'node:stream';
import Fastify, { LogController } from 'fastify';
import { expect, test } from 'vitest';
import { registerRequestLog, SLOW_REQUEST_MS } from './request-log.js';

test('one line per API request; redirects, probes and static files only when they fail or are slow', async () => {
  const lines: Array<{ msg: string; url?: string; status?: number; level: number }> = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      callback();
    },
  });
  const app = Fastify({
    logger: { level: 'info', stream },
    logController: new LogController({ disableRequestLogging: true }),
  });
  registerRequestLog(app);
  let slow = false;
  app.get('/r/:code', (_request, reply) => reply.code(302).header('location', '/').send());
  app.get('/readyz', async () => ({ ok: true }));
  app.get('/admin/app.js', async () => 'x');
  app.post('/graphql', async () => ({ data: {} }));
  app.get('/r/broken/x', () => {
    throw new Error('boom');
  });
  app.get('/readyz/slow', async () => {
    if (slow) await new Promise((resolve) => setTimeout(resolve, SLOW_REQUEST_MS + 50));
    return { ok: true };
  });
  await app.ready();
  await app.inject({ url: '/r/alice' });
  await app.inject({ url: '/readyz' });
  await app.inject({ url: '/admin/app.js' });
  await app.inject({ method: 'POST', url: '/graphql?x=1', payload: {} });
  await app.inject({ url: '/r/broken/x' });
  slow = true;
  await app.inject({ url: '/readyz/slow' });
  await app.close();

  const requests = lines.filter((l) => ['request', 'request failed', 'slow request'].includes(l.msg));
  expect(requests.map((l) => [l.msg, l.url, l.status])).toEqual([
    ['request', '/graphql?x=1', 200],
    ['request failed', '/r/broken/x', 500],
    ['slow request', '/readyz/slow', 200],
  ]);
  expect(JSON.stringify(lines)).not.toMatch(/cookie|authorization/i);
});
