import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { ormConfig } from './orm-config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../database/embedded-database.js';
import { markSharedSessions } from '../database/plain-statements.js';

export interface Database {
  orm: MikroORM;
  /** Set when the embedded database was started (no DATABASE_URL). */
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/**
 * Connects to `DATABASE_URL`, or starts the embedded database under `dataDir` when it is unset, and applies
 * the committed migrations.
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  embeddedPort?: number;
  /** False behind a pooler in transaction mode (DATABASE_PREPARED_STATEMENTS); never on the embedded one. */
  preparedStatements?: boolean | undefined;
  overrides?: Partial<Options>;
}): Promise<Database> {
  const embedded = options.databaseUrl
    ? null
    : await startEmbeddedDatabase(options.dataDir, options.embeddedPort ?? 0);
  const url = options.databaseUrl ?? embedded!.url;
  const orm = await MikroORM.init(
    ormConfig(url, {
      ...(embedded ? { pool: { min: 0, max: 4 } } : {}),
      ...options.overrides,
    }),
  );
  if (embedded || options.preparedStatements === false) markSharedSessions(orm.em);
  await orm.getMigrator().up();
  return {
    orm,
    embedded,
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}
