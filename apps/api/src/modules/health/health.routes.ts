import { type MikroORM } from '@mikro-orm/postgresql';
import { type FastifyInstance } from 'fastify';
import { clientError, errorBody } from '../../errors/client-error.js';

/** How long `/readyz` waits for the database's answer. */
export const READY_TIMEOUT_MS = 3_000;

/**
 * `/healthz`: the process answers. `/readyz`: it can reach its database (load balancers route on this);
 * else 503 with `Retry-After` and the code `DATABASE_UNAVAILABLE`.
 */
export function registerHealthRoutes(app: FastifyInstance, orm: MikroORM, timeoutMs = READY_TIMEOUT_MS) {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      // A database that does not answer in time is as unavailable as one that refuses (a probe must not hang).
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return { status: 'ready' };
    } catch (error) {
      app.log.warn(
        `readiness check failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
      const unavailable = clientError('DATABASE_UNAVAILABLE', 'The database cannot be reached.');
      return reply
        .code(unavailable.status)
        .header('retry-after', String(unavailable.retryAfterSeconds))
        .header('cache-control', 'no-store')
        .send({ status: 'unavailable', ...errorBody(unavailable) });
    } finally {
      clearTimeout(timer);
    }
  });
}
