import { type MikroORM } from '@mikro-orm/postgresql';
import { type FastifyInstance } from 'fastify';

/** `/healthz`: the process answers. `/readyz`: it can reach its database (load balancers route on this). */
export function registerHealthRoutes(app: FastifyInstance, orm: MikroORM) {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await orm.em.getConnection().execute('select 1');
      return { status: 'ready' };
    } catch (error) {
      app.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
