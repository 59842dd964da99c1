import { MikroORM } from '@mikro-orm/postgresql';
import { expect, inject, test } from 'vitest';
import { ormConfig } from '../composition/orm-config.js';

test('entities and committed migrations agree (run `pnpm --filter @partnerkit/api migration:create`)', async () => {
  const orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  try {
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false });
    expect(diff.trim()).toBe('');
  } finally {
    await orm.close(true);
  }
});
