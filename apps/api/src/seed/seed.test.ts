import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../composition/database.js';
import { AdminUser } from '../kernel/admin-user.entity.js';
import { verifyPassword } from '../common/password.js';
import { ensureOwnerAdmin, seedDemoData } from './seed.js';

// The embedded database applies every migration in one process: slow on a busy machine.
test(
  'the owner admin from ADMIN_EMAIL/ADMIN_PASSWORD is created once, on a database without admins',
  { timeout: 180_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'partnerkit-seed-'));
    const database = await openDatabase({ dataDir: dir });
    try {
      const em = database.orm.em.fork();
      await expect(ensureOwnerAdmin(em, 'owner@example.test', 'short')).rejects.toMatchObject({
        code: 'PASSWORD_WEAK',
      });
      expect(await em.count(AdminUser, {})).toBe(0);

      expect(await ensureOwnerAdmin(em, ' Owner@Example.TEST ', 'a-long-owner-secret')).toBe(true);
      expect(await ensureOwnerAdmin(em, 'other@example.test', 'another-long-secret')).toBe(false);
      expect(await seedDemoData(em)).toBe(false); // never mixes demo data into a database that has admins

      const owners = await em.fork().find(AdminUser, {}, { populate: ['passwordHash'] });
      expect(owners.map((owner) => [owner.email, owner.role])).toEqual([['owner@example.test', 'OWNER']]);
      expect(await verifyPassword(owners[0]!.passwordHash, 'a-long-owner-secret')).toBe(true);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
