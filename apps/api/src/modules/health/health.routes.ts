import { type MikroORM } from '@mikro-orm/postgresql';
import { type FastifyInstance } from 'fastify';
import { clientError, errorBody } from '../../errors/client-error.js';

/**
 * `/healthz`: the process answers. `/readyz`: it can reach its database (load balancers route on this);
 * else 503 with `Retry-After` and the code `DATABASE_UNAVAILABLE`.
 */
export function registerHealthRoutes(app: FastifyInstance, orm: MikroORM) {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await orm.em.getConnection().execute('select 1');
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
    }
  });
}
