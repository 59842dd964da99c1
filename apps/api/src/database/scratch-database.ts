import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database with a unique name on the PostgreSQL server of `serverUrl` (default: the local
 * server, user postgres) and returns its URL; `drop()` removes it. Used by tests and the migration tool.
 */
export async function createScratchDatabase(
  serverUrl = 'postgresql://postgres@127.0.0.1:5432/postgres',
  prefix = 'partnerkit_scratch',
): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = await MikroORM.init({
    clientUrl: serverUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
  });
  const connection = admin.em.getConnection();
  await connection.execute(`create database "${name}"`);
  await admin.close(true);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const again = await MikroORM.init({
        clientUrl: serverUrl,
        entities: [],
        discovery: { warnWhenNoEntities: false },
        pool: { min: 0, max: 1 },
      });
      await again.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await again.close(true);
    },
  };
}
