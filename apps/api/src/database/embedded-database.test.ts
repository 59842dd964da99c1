import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../composition/database.js';
import { Program } from '../kernel/program.entity.js';
import { preparedRows } from './plain-statements.js';

// The embedded database applies every migration in one process: slow on a busy machine.
test(
  'the embedded database applies the migrations and keeps its data across restarts',
  { timeout: 180_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'partnerkit-embedded-'));
    try {
      const first = await openDatabase({ dataDir: dir });
      expect(first.embedded?.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres$/);
      const em = first.orm.em.fork();
      em.create(Program, { name: 'Kept', currency: 'JPY' });
      await em.flush();
      await first.close();

      const second = await openDatabase({ dataDir: dir });
      const kept = await second.orm.em.fork().findOne(Program, { name: 'Kept' });
      expect(kept?.currency).toBe('JPY');

      // Its connections share one session: a statement prepared by name on one would collide with the
      // same name prepared on another, so `preparedRows` runs unnamed here. Two transactions at once hold
      // two connections.
      const runs = await Promise.all(
        [1, 2, 3].map((n) =>
          second.orm.em.fork().transactional(async (tx) => {
            await preparedRows(tx, 'partnerkit_test_statement', 'select ?::int as n', [n]);
            return preparedRows<{ n: number }>(tx, 'partnerkit_test_statement', 'select ?::int as n', [n]);
          }),
        ),
      );
      expect(runs.map((rows) => rows[0]!.n)).toEqual([1, 2, 3]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
