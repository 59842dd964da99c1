import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node';
import { ormConfig } from '../composition/orm-config.js';
import { createScratchDatabase } from '../database/scratch-database.js';
import { startEmbeddedDatabase } from '../database/embedded-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** `postgresql` on a real server; `embedded` when the tests fell back to PGlite (one transaction at a time). */
    databaseKind: 'postgresql' | 'embedded';
  }
}

const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  try {
    const orm = await MikroORM.init({
      clientUrl: url,
      entities: [],
      discovery: { warnWhenNoEntities: false },
    });
    await orm.em.getConnection().execute('select 1');
    await orm.close(true);
    return true;
  } catch {
    return false;
  }
}

/**
 * One database per test run: a fresh database on the PostgreSQL server of TEST_DATABASE_URL (default: the
 * local server), dropped afterwards. Without a reachable server, the embedded database in a temp folder.
 * Migrations run once here; test files share the database and keep their data apart with unique values.
 */
export default async function setup(project: TestProject) {
  let url: string;
  let teardown: () => Promise<void>;
  const kind = (await reachable(SERVER_URL)) ? 'postgresql' : 'embedded';
  if (kind === 'postgresql') {
    const scratch = await createScratchDatabase(SERVER_URL, 'partnerkit_test');
    url = scratch.url;
    teardown = scratch.drop;
    console.log(
      `[api tests] PostgreSQL: fresh database ${new URL(url).pathname.slice(1)} (dropped afterwards)`,
    );
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'partnerkit-test-'));
    const embedded = await startEmbeddedDatabase(dir);
    url = embedded.url;
    teardown = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
    console.log(
      `[api tests] No PostgreSQL at ${SERVER_URL}: running on the embedded database (set TEST_DATABASE_URL to use one).`,
    );
  }
  const orm = await MikroORM.init(ormConfig(url));
  await orm.getMigrator().up();
  await orm.close(true);
  project.provide('databaseUrl', url);
  project.provide('databaseKind', kind);
  return teardown;
}
