import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from '../migrations/index.js';

/**
 * The one MikroORM configuration, for PostgreSQL and the embedded database alike. Entities and migrations
 * are listed explicitly; the schema is only ever changed by the committed migrations.
 */
export function ormConfig(url: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl: url,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      path: 'src/migrations',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
    pool: { min: 0, max: 10 },
    // Colours only on a terminal: logs written to files or collectors get plain text.
    colors: process.stdout.isTTY === true,
    ...overrides,
  });
}
