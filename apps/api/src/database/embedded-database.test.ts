import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../composition/database.js';
import { Program } from '../kernel/program.entity.js';

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
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
