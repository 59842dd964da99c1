import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Knex } from '@mikro-orm/postgresql';
import {
  type Caller,
  createPartner,
  createTestApp,
  signedInAdmin,
  type TestApp,
  unique,
} from '../../test-support/test-app.js';
import { TEST_SETTINGS } from './click.test.js';

/**
 * The click writer slowed down (a connection holds the partner's rollup rows, so every batch waits): no
 * click answered with a 302 is lost. Past the high-water mark the redirect waits (backpressure) instead of
 * dropping clicks; once the database is free again every click is stored exactly once.
 */
const SETTINGS = `mutation($i: UpdateMerchantSettingsInput!) { updateMerchantSettings(input: $i) { defaultLandingUrl } }`;

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
  const result = await t.gql(SETTINGS, { i: TEST_SETTINGS }, admin);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
});
afterAll(() => t.close());

const poll = (check: () => boolean | Promise<boolean>) => expect.poll(check, { timeout: 30_000 }).toBe(true);

describe('a slow click writer', () => {
  test('200 redirects while every write waits: backpressure past the high-water mark, none lost', async () => {
    const slow = await createTestApp({}, { clicks: { maxBatch: 10, flushIntervalMs: 10, maxPending: 50 } });
    const knex = t.orm.em.getConnection().getKnex();
    let holder: Knex.Transaction | null = null;
    try {
      const partner = await createPartner(t, admin, { status: 'ACTIVE' });
      // The rollup rows of this hour and the next exist, and a transaction of the test holds them.
      const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
      await knex.raw(
        `insert into click_stats_hourly (partner_id, link_key, hour, raw_count, unique_count, bot_count)
         values (?, 'default', ?, 0, 0, 0), (?, 'default', ?, 0, 0, 0)`,
        [partner.id, new Date(hour), partner.id, new Date(hour + 3_600_000)],
      );
      holder = await knex.transaction();
      await holder.raw('select 1 from click_stats_hourly where partner_id = ? for update', [partner.id]);

      const tag = unique();
      let answered = 0;
      const responses = Array.from({ length: 200 }, (_, n) =>
        slow.app
          .inject({
            method: 'GET',
            url: `/r/${partner.code}?sub=bp-${tag}-${n}`,
            headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0' },
            remoteAddress: `10.9.${n >> 8}.${n & 255}`,
          })
          .then((response) => {
            answered += 1;
            return response;
          }),
      );
      // Every click is taken, the writer is stuck, and past 50 waiting the redirects wait too.
      await poll(() => slow.app.tracking.buffer.received === 200);
      expect(slow.app.tracking.buffer.backpressured).toBeGreaterThan(0);
      expect(answered).toBeLessThan(200);

      await holder.commit();
      holder = null;
      const all = await Promise.all(responses);
      expect(all.map((r) => r.statusCode)).toEqual(Array(200).fill(302));
      await slow.app.tracking.buffer.flush();
      const rows: Array<{ sub_id: string; n: number }> = (
        await knex.raw('select sub_id, count(*)::int as n from clicks where partner_id = ? group by sub_id', [
          partner.id,
        ])
      ).rows;
      expect(rows).toHaveLength(200);
      expect(rows.every((row) => row.n === 1 && row.sub_id.startsWith(`bp-${tag}-`))).toBe(true);
      const rollup = await knex.raw(
        'select sum(raw_count)::int as n from click_stats_hourly where partner_id = ?',
        [partner.id],
      );
      expect(rollup.rows[0].n).toBe(200);
    } finally {
      await holder?.rollback();
      await slow.close();
    }
  });

  test('closing the app writes every buffered click, also the ones of redirects still waiting', async () => {
    const slow = await createTestApp({}, { clicks: { maxBatch: 5, flushIntervalMs: 250, maxPending: 20 } });
    const knex = t.orm.em.getConnection().getKnex();
    const partner = await createPartner(t, admin, { status: 'ACTIVE' });
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
    await knex.raw(
      `insert into click_stats_hourly (partner_id, link_key, hour, raw_count, unique_count, bot_count)
       values (?, 'default', ?, 0, 0, 0), (?, 'default', ?, 0, 0, 0)`,
      [partner.id, new Date(hour), partner.id, new Date(hour + 3_600_000)],
    );
    const holder = await knex.transaction();
    await holder.raw('select 1 from click_stats_hourly where partner_id = ? for update', [partner.id]);
    const responses = Array.from({ length: 60 }, (_, n) =>
      slow.app.inject({ method: 'GET', url: `/r/${partner.code}?sub=close-${n}`, remoteAddress: '10.8.0.1' }),
    );
    await poll(() => slow.app.tracking.buffer.received === 60);
    await holder.commit();
    await slow.close();
    await Promise.allSettled(responses);
    const stored = await knex.raw(
      'select count(distinct sub_id)::int as n from clicks where partner_id = ?',
      [partner.id],
    );
    expect(stored.rows[0].n).toBe(60);
  });
});
