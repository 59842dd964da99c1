import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Click } from './click.entity.js';
import { ClickStat } from './click-stat.entity.js';
import { ClickService, touchesStatement } from './click.service.js';
import {
  type Caller,
  cookieFrom,
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  type TestApp,
  unique,
} from '../../test-support/test-app.js';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
/** The settings every tracking test file uses (one shared database: keep them identical). */
export const TEST_SETTINGS = {
  defaultLandingUrl: 'https://shop.example.com/welcome',
  allowedDomains: ['shop.example.com', '*.example.org'],
};
const SETTINGS = `mutation($i: UpdateMerchantSettingsInput!) { updateMerchantSettings(input: $i) { defaultLandingUrl allowedDomains } }`;

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
  const result = await t.gql(SETTINGS, { i: TEST_SETTINGS }, admin);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
});
afterAll(() => t.close());

interface ClickOptions {
  ua?: string;
  ip?: string;
  cookie?: string;
  referer?: string;
}

/** One click; then 2 ms pass, so stored clicks sort by time in the order they were made. */
async function click(app: TestApp, url: string, options: ClickOptions = {}) {
  const headers: Record<string, string> = { 'user-agent': options.ua ?? CHROME };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.referer) headers.referer = options.referer;
  const response = await app.app.inject({
    method: 'GET',
    url,
    headers,
    remoteAddress: options.ip ?? '203.0.113.7',
  });
  await new Promise((resolve) => setTimeout(resolve, 2));
  return response;
}

const clicksOf = (partnerId: string) =>
  t.orm.em.fork().find(Click, { partner: partnerId }, { orderBy: { clickedAt: 'asc', id: 'asc' } });

async function activePartner(extra: Parameters<typeof createPartner>[2] = {}) {
  return createPartner(t, admin, { status: 'ACTIVE', ...extra });
}

async function namedLink(extra: Record<string, unknown> = {}) {
  const slug = `deal-${unique()}`;
  const result = await t.gql(
    'mutation($i: CreateTrackingLinkInput!) { createTrackingLink(input: $i) { id slug } }',
    { i: { slug, name: `Deal ${slug}`, destinationUrl: 'https://shop.example.com/deal?x=1#top', ...extra } },
    admin,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createTrackingLink as { id: string; slug: string };
}

describe('the redirect', () => {
  test('answers 302 to the default landing URL with the visitor id, and sets the visitor cookie', async () => {
    const partner = await activePartner();
    const response = await click(t, `/r/${partner.code}`);
    expect(response.statusCode).toBe(302);
    const location = new URL(response.headers.location as string);
    expect(`${location.origin}${location.pathname}`).toBe('https://shop.example.com/welcome');
    const visitorId = location.searchParams.get('pk_vid');
    expect(visitorId).toMatch(/^[0-9a-f]{32}$/);
    const cookie = response.headers['set-cookie'] as string;
    expect(cookie).toBe(`pk_vid=${visitorId}; Max-Age=${30 * 86400}; Path=/; SameSite=Lax`);
    expect(cookie).not.toMatch(/HttpOnly/i);
    expect(response.headers['cache-control']).toBe('no-store');

    await t.app.tracking.buffer.flush();
    const [stored] = await clicksOf(partner.id);
    expect(stored).toMatchObject({
      visitorId,
      trackingLinkId: null,
      subId: null,
      userAgent: CHROME,
      landingUrl: 'https://shop.example.com/welcome',
      isBot: false,
      isUnique: true,
    });
    expect(stored!.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.ipHash).not.toContain('203.0.113.7');
  });

  test('keeps the visitor id of a returning visitor, and the codes are case-insensitive', async () => {
    const partner = await activePartner();
    const first = await click(t, `/r/${partner.code}`);
    const second = await click(t, `/r/${partner.code.toUpperCase()}`, { cookie: cookieFrom(first.headers) });
    const id = new URL(first.headers.location as string).searchParams.get('pk_vid');
    expect(new URL(second.headers.location as string).searchParams.get('pk_vid')).toBe(id);
    expect(second.headers['set-cookie']).toContain(`pk_vid=${id};`);
    // A malformed cookie is replaced.
    const forged = await click(t, `/r/${partner.code}`, { cookie: 'pk_vid=<script>' });
    expect(new URL(forged.headers.location as string).searchParams.get('pk_vid')).toMatch(/^[0-9a-f]{32}$/);
  });

  test('new visitors and their clicks get time-ordered ids (UUIDv7): later ones sort after earlier ones', async () => {
    const partner = await activePartner();
    const visitors: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await click(t, `/r/${partner.code}`);
      visitors.push(new URL(response.headers.location as string).searchParams.get('pk_vid')!);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await t.app.tracking.buffer.flush();
    const stored = (await clicksOf(partner.id)).sort((a, b) => a.clickedAt.getTime() - b.clickedAt.getTime());
    for (const ids of [visitors, stored.map((c) => c.id.replaceAll('-', ''))]) {
      expect(ids.every((id) => id[12] === '7')).toBe(true); // version 7
      expect([...ids].sort()).toEqual(ids);
      expect(new Set(ids).size).toBe(3);
    }
    // The id's time is the click's.
    expect(parseInt(stored[0]!.id.replaceAll('-', '').slice(0, 12), 16)).toBe(stored[0]!.clickedAt.getTime());
  });

  test("uses the longest cookie window of the partner's programs, or the partner's override", async () => {
    const programs = await Promise.all(
      [14, 90].map(async (days) => {
        const result = await t.gql(
          'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
          { i: { name: `Window ${days}`, currency: 'USD', cookieWindowDays: days } },
          admin,
        );
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        return result.data!.createProgram.id as string;
      }),
    );
    const partner = await activePartner({ programIds: programs });
    expect((await click(t, `/r/${partner.code}`)).headers['set-cookie']).toContain(`Max-Age=${90 * 86400};`);
    await t.gql(
      'mutation($id: ID!) { updatePartner(id: $id, input: { cookieWindowDays: 7 }) { id } }',
      { id: partner.id },
      admin,
    );
    expect((await click(t, `/r/${partner.code}`)).headers['set-cookie']).toContain(`Max-Age=${7 * 86400};`);
  });

  test('deep links go to allowed domains only; others fall back to the default destination', async () => {
    const partner = await activePartner();
    const to = async (url: string, path = `/r/${partner.code}`) => {
      const response = await click(t, `${path}?url=${encodeURIComponent(url)}&sub=spring_24`);
      expect(response.statusCode).toBe(302);
      const location = new URL(response.headers.location as string);
      location.searchParams.delete('pk_vid');
      return location.href;
    };
    expect(await to('https://shop.example.com/p/42?color=red')).toBe(
      'https://shop.example.com/p/42?color=red',
    );
    expect(await to('https://blog.example.org/post')).toBe('https://blog.example.org/post');
    expect(await to('https://evil.test/phish')).toBe('https://shop.example.com/welcome');
    expect(await to('https://shop.example.com.evil.test/')).toBe('https://shop.example.com/welcome');
    expect(await to('javascript:alert(1)')).toBe('https://shop.example.com/welcome');
    // On a named link, a refused deep link falls back to the link's destination.
    const link = await namedLink();
    expect(await to('https://evil.test/', `/r/${partner.code}/${link.slug}`)).toBe(
      'https://shop.example.com/deal?x=1#top',
    );
    await t.app.tracking.buffer.flush();
    const stored = await clicksOf(partner.id);
    expect(stored.map((c) => c.landingUrl)).toEqual([
      'https://shop.example.com/p/42?color=red',
      'https://blog.example.org/post',
      'https://shop.example.com/welcome',
      'https://shop.example.com/welcome',
      'https://shop.example.com/welcome',
      'https://shop.example.com/deal?x=1#top',
    ]);
    expect(stored.every((c) => c.subId === 'spring_24')).toBe(true);
  });

  test('named links keep their query and fragment, and record the link and sub-id', async () => {
    const partner = await activePartner();
    const link = await namedLink();
    const response = await click(t, `/r/${partner.code}/${link.slug}?sub=news.letter-1`);
    const location = response.headers.location as string;
    expect(location).toMatch(/^https:\/\/shop\.example\.com\/deal\?x=1&pk_vid=[0-9a-f]{32}#top$/);
    // An invalid sub-id is dropped, the click still counts.
    await click(t, `/r/${partner.code}/${link.slug}?sub=${encodeURIComponent('no spaces!')}`);
    // An unknown slug goes to the default destination as the default link.
    const unknown = await click(t, `/r/${partner.code}/no-such-link-${unique()}`);
    expect(unknown.headers.location).toMatch(/^https:\/\/shop\.example\.com\/welcome\?pk_vid=/);
    await t.app.tracking.buffer.flush();
    const stored = await clicksOf(partner.id);
    expect(stored.map((c) => [c.trackingLinkId, c.subId])).toEqual([
      [link.id, 'news.letter-1'],
      [link.id, null],
      [null, null],
    ]);
  });

  test('a link limited to programs counts as a named link only for partners of those programs', async () => {
    const program = (
      await t.gql(
        'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
        { i: { name: `Limited ${unique()}`, currency: 'EUR' } },
        admin,
      )
    ).data!.createProgram.id as string;
    const link = await namedLink({ programIds: [program] });
    const member = await activePartner({ programIds: [program] });
    const outsider = await activePartner();
    expect((await click(t, `/r/${member.code}/${link.slug}`)).headers.location).toContain('/deal?x=1');
    expect((await click(t, `/r/${outsider.code}/${link.slug}`)).headers.location).toContain('/welcome?');
    await t.app.tracking.buffer.flush();
    expect((await clicksOf(member.id))[0]!.trackingLinkId).toBe(link.id);
    expect((await clicksOf(outsider.id))[0]!.trackingLinkId).toBeNull();
  });

  test('unknown and non-active partners are redirected but record nothing', async () => {
    const before = await t.orm.em.fork().count(Click, {});
    for (const path of [`/r/nobody${unique()}`, '/r/x', `/r/${'a'.repeat(40)}`]) {
      const response = await click(t, path);
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toMatch(/^https:\/\/shop\.example\.com\/welcome\?pk_vid=/);
    }
    const pending = await createPartner(t, admin, { status: 'PENDING' });
    expect((await click(t, `/r/${pending.code}`)).statusCode).toBe(302);
    await t.app.tracking.buffer.flush();
    expect(await clicksOf(pending.id)).toHaveLength(0);
    expect(await t.orm.em.fork().count(Click, { partner: pending.id })).toBe(0);
    expect(await t.orm.em.fork().count(Click, {})).toBeGreaterThanOrEqual(before);
  });

  test('suspending a partner takes effect at once (cache invalidation), re-activating too', async () => {
    const partner = await activePartner();
    await click(t, `/r/${partner.code}`); // cached now
    const suspend = await t.gql(
      'mutation($id: ID!, $s: PartnerStatus!) { updatePartner(id: $id, input: { status: $s }) { status } }',
      { id: partner.id, s: 'SUSPENDED' },
      admin,
    );
    expect(suspend.errors).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    await click(t, `/r/${partner.code}`);
    await t.gql(
      'mutation($id: ID!, $s: PartnerStatus!) { updatePartner(id: $id, input: { status: $s }) { status } }',
      { id: partner.id, s: 'ACTIVE' },
      admin,
    );
    await new Promise((resolve) => setImmediate(resolve));
    await click(t, `/r/${partner.code}`, { ua: FIREFOX });
    await t.app.tracking.buffer.flush();
    expect((await clicksOf(partner.id)).map((c) => c.userAgent)).toEqual([CHROME, FIREFOX]);
  });

  test('a new partner whose code was clicked before it existed is found at once', async () => {
    const code = `late${unique()}`;
    await click(t, `/r/${code}`); // cached as unknown
    const partner = await activePartner({ code });
    await new Promise((resolve) => setImmediate(resolve));
    await click(t, `/r/${code}`);
    await t.app.tracking.buffer.flush();
    expect(await clicksOf(partner.id)).toHaveLength(1);
  });
});

describe('bot and unique flags, and the hourly rollup', () => {
  test('bots count zero; one unique click per IP + user agent + link per hour', async () => {
    const partner = await activePartner();
    const link = await namedLink();
    await click(t, `/r/${partner.code}`, { ip: '198.51.100.1' }); // unique
    await click(t, `/r/${partner.code}`, { ip: '198.51.100.1' }); // repeat
    await click(t, `/r/${partner.code}?sub=other`, { ip: '198.51.100.1' }); // repeat (same link)
    await click(t, `/r/${partner.code}`, { ip: '198.51.100.2' }); // other IP: unique
    await click(t, `/r/${partner.code}`, { ip: '198.51.100.1', ua: FIREFOX }); // other browser: unique
    await click(t, `/r/${partner.code}/${link.slug}`, { ip: '198.51.100.1' }); // other link: unique
    await click(t, `/r/${partner.code}`, { ip: '198.51.100.3', ua: GOOGLEBOT }); // bot
    await click(t, `/r/${partner.code}`, { ip: '198.51.100.3', ua: '' }); // no user agent: bot
    await t.app.tracking.buffer.flush();
    const stored = await clicksOf(partner.id);
    expect(stored.map((c) => [c.isBot, c.isUnique])).toEqual([
      [false, true],
      [false, false],
      [false, false],
      [false, true],
      [false, true],
      [false, true],
      [true, false],
      [true, false],
    ]);

    const rollup = await t.orm.em.fork().find(ClickStat, { partner: partner.id });
    const sum = (key: 'rawCount' | 'uniqueCount' | 'botCount') => rollup.reduce((n, row) => n + row[key], 0);
    expect(sum('rawCount')).toBe(stored.length);
    expect(sum('uniqueCount')).toBe(stored.filter((c) => c.isUnique).length);
    expect(sum('botCount')).toBe(stored.filter((c) => c.isBot).length);
    expect(rollup.find((row) => row.linkKey === link.id)).toMatchObject({ rawCount: 1, uniqueCount: 1 });

    const now = Date.now();
    const stats = await t.gql(
      `query($p: ID, $f: DateTimeISO!, $t: DateTimeISO!) { clickStats(partnerId: $p, from: $f, to: $t) {
        raw unique bot byLink { name slug raw unique bot trackingLink { id } } } }`,
      { p: partner.id, f: new Date(now - 3_600_000).toISOString(), t: new Date(now + 60_000).toISOString() },
      admin,
    );
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.clickStats).toMatchObject({ raw: 8, unique: 4, bot: 2 });
    expect(stats.data!.clickStats.byLink).toEqual([
      { name: 'Default link and deep links', slug: null, raw: 7, unique: 3, bot: 2, trackingLink: null },
      {
        name: `Deal ${link.slug}`,
        slug: link.slug,
        raw: 1,
        unique: 1,
        bot: 0,
        trackingLink: { id: link.id },
      },
    ]);
  });

  test('the rollup adds up across flushes (INSERT ... ON CONFLICT DO UPDATE)', async () => {
    const partner = await activePartner();
    for (let round = 0; round < 3; round += 1) {
      await click(t, `/r/${partner.code}`, { ip: `192.0.2.${round}` });
      await click(t, `/r/${partner.code}`, { ip: `192.0.2.${round}` });
      await t.app.tracking.buffer.flush();
    }
    const rollup = await t.orm.em.fork().find(ClickStat, { partner: partner.id });
    expect(rollup.reduce((n, row) => n + row.rawCount, 0)).toBe(6);
    expect(rollup.reduce((n, row) => n + row.uniqueCount, 0)).toBe(3);
  });

  test('partners see only their own stats; invalid ranges are refused', async () => {
    const alice = await activePartner({ password: 'partner-pass-123' });
    const bob = await activePartner();
    await click(t, `/r/${alice.code}`);
    await click(t, `/r/${bob.code}`);
    await click(t, `/r/${bob.code}`, { ua: FIREFOX });
    await t.app.tracking.buffer.flush();
    const signIn = await t.gql(
      'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
      { l: alice.code, p: 'partner-pass-123' },
      { app: 'portal' },
    );
    const partner: Caller = { cookie: cookieFrom(signIn.headers), app: 'portal' };
    const now = Date.now();
    const range = { f: new Date(now - 86_400_000).toISOString(), t: new Date(now + 60_000).toISOString() };
    const mine = await t.gql(
      'query($f: DateTimeISO!, $t: DateTimeISO!) { myClickStats(from: $f, to: $t) { raw unique } }',
      range,
      partner,
    );
    expect(mine.data!.myClickStats).toEqual({ raw: 1, unique: 1 });
    const summary = await t.gql(
      '{ myClickSummary { timeZone today { raw } last7Days { raw } last30Days { raw byLink { name raw } } } }',
      {},
      partner,
    );
    expect(summary.data!.myClickSummary).toMatchObject({
      timeZone: 'UTC',
      today: { raw: 1 },
      last7Days: { raw: 1 },
      last30Days: { raw: 1 },
    });
    const other = await t.gql(
      'query($p: ID, $f: DateTimeISO!, $t: DateTimeISO!) { clickStats(partnerId: $p, from: $f, to: $t) { raw } }',
      { p: bob.id, ...range },
      partner,
    );
    expect(errorOf(other).code).toBe('FORBIDDEN');
    const backwards = await t.gql(
      'query($p: ID, $f: DateTimeISO!, $t: DateTimeISO!) { clickStats(partnerId: $p, from: $f, to: $t) { raw } }',
      { p: bob.id, f: range.t, t: range.f },
      admin,
    );
    expect(errorOf(backwards)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'STATS_RANGE_INVALID',
      field: 'from',
    });
  });
});

describe('the click buffer', () => {
  function recorded(app: TestApp, partnerId: string) {
    const iterator = app.events.pubSub.subscribe('CLICK_RECORDED') as AsyncIterableIterator<{
      partnerId: string;
      count: number;
      uniqueCount: number;
      at: Date;
    }>;
    // Listening starts with the first next(): ask at once, so no event published meanwhile is missed.
    let pending = iterator.next();
    return {
      async next(timeoutMs: number) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const remaining = deadline - Date.now();
          if (remaining <= 0) return null;
          const result = await Promise.race([
            pending,
            new Promise<null>((resolve) => setTimeout(() => resolve(null), remaining)),
          ]);
          if (result === null) return null;
          pending = iterator.next();
          if (!result.done && result.value.partnerId === partnerId) return result.value;
        }
      },
      stop: () => void iterator.return?.(),
    };
  }

  test('writes as soon as the batch size is reached, in one batch, and publishes CLICK_RECORDED', async () => {
    const small = await createTestApp({}, { clicks: { maxBatch: 3, flushIntervalMs: 250 } });
    try {
      const partner = await activePartner();
      const events = recorded(small, partner.id);
      await click(small, `/r/${partner.code}`, { ip: '10.1.0.1' });
      await click(small, `/r/${partner.code}`, { ip: '10.1.0.2' });
      expect(small.app.tracking.buffer.size).toBe(2);
      await click(small, `/r/${partner.code}`, { ip: '10.1.0.2' });
      // The third click started a write at once (the batch left the buffer), not after the 250 ms interval.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(small.app.tracking.buffer.size).toBe(0);
      const event = await events.next(2000);
      events.stop();
      expect(event).toMatchObject({ partnerId: partner.id, count: 3, uniqueCount: 2 });
      expect(event!.at).toBeInstanceOf(Date);
      expect(await clicksOf(partner.id)).toHaveLength(3);
    } finally {
      await small.close();
    }
  });

  test('writes after the flush interval without waiting for a full batch', async () => {
    const quick = await createTestApp({}, { clicks: { maxBatch: 1000, flushIntervalMs: 20 } });
    try {
      const partner = await activePartner();
      const events = recorded(quick, partner.id);
      await click(quick, `/r/${partner.code}`);
      expect(quick.app.tracking.buffer.size).toBe(1);
      expect(await events.next(2000)).toMatchObject({ partnerId: partner.id, count: 1, uniqueCount: 1 });
      events.stop();
      expect(quick.app.tracking.buffer.size).toBe(0);
      expect(await clicksOf(partner.id)).toHaveLength(1);
    } finally {
      await quick.close();
    }
  });

  test('closing the app writes the clicks still waiting', async () => {
    // No interval flush before close, however slow the machine (the close must write them all).
    const slow = await createTestApp({}, { clicks: { maxBatch: 1000, flushIntervalMs: 600_000 } });
    const partner = await activePartner();
    for (let i = 0; i < 25; i += 1) await click(slow, `/r/${partner.code}`, { ip: `10.2.0.${i}` });
    expect(slow.app.tracking.buffer.size).toBe(25);
    await slow.close();
    expect(await clicksOf(partner.id)).toHaveLength(25);
    const rollup = await t.orm.em.fork().find(ClickStat, { partner: partner.id });
    expect(rollup.reduce((n, row) => [n[0]! + row.rawCount, n[1]! + row.uniqueCount], [0, 0])).toEqual([
      25, 25,
    ]);
  });

  test('1,000 clicks in one multi-row INSERT', async () => {
    const partner = await activePartner();
    const buffer = t.app.tracking.buffer;
    for (let i = 0; i < 1000; i += 1) {
      buffer.add({
        partnerId: partner.id,
        trackingLinkId: null,
        subId: null,
        visitorId: i.toString(16).padStart(32, '0'),
        ipHash: `${i}`.padStart(64, '0'),
        userAgent: CHROME,
        referrer: null,
        landingUrl: 'https://shop.example.com/welcome',
        clickedAt: new Date(),
      });
    }
    await buffer.flush();
    expect(await t.orm.em.fork().count(Click, { partner: partner.id })).toBe(1000);
  });
});

describe('merchant settings', () => {
  test('admins read and save them; bad input writes nothing', async () => {
    const read = await t.gql('{ merchantSettings { defaultLandingUrl allowedDomains } }', {}, admin);
    expect(read.data!.merchantSettings).toEqual(TEST_SETTINGS);
    const saved = await t.gql(
      SETTINGS,
      { i: { allowedDomains: ['SHOP.example.com', '*.example.org', ''] } },
      admin,
    );
    expect(saved.data!.updateMerchantSettings).toEqual(TEST_SETTINGS);
    for (const [input, reason, field] of [
      [{ allowedDomains: ['https://evil.test/'] }, 'ALLOWED_DOMAIN_INVALID', 'allowedDomains'],
      [{ defaultLandingUrl: 'ftp://x.test/' }, 'LINK_URL_INVALID', 'defaultLandingUrl'],
    ] as const) {
      const bad = await t.gql(
        SETTINGS,
        { i: { ...input, allowedDomains: input.allowedDomains ?? ['x.test'] } },
        admin,
      );
      expect(errorOf(bad)).toEqual({ code: 'BAD_USER_INPUT', reason, field });
    }
    const after = await t.gql('{ merchantSettings { defaultLandingUrl allowedDomains } }', {}, admin);
    expect(after.data!.merchantSettings).toEqual(TEST_SETTINGS);
  });
});

describe('touches (the clicks attribution weighs)', () => {
  test('by IP hash: that hash only, human clicks within the window, oldest first; read through the IP index', async () => {
    const partner = await createPartner(t, admin);
    const other = await createPartner(t, admin);
    const [ip, nearby] = [unique().padEnd(64, 'a'), unique().padEnd(64, 'b')];
    const at = new Date('2026-06-01T12:00:00Z');
    const minutesAgo = (m: number) => new Date(at.getTime() - m * 60_000);
    const rows: Array<[string, string, boolean, Date]> = [
      [partner.id, ip, false, minutesAgo(90)], // outside a 60-minute window
      [partner.id, ip, false, minutesAgo(50)],
      [other.id, ip, false, minutesAgo(20)],
      [other.id, ip, true, minutesAgo(10)], // a bot
      [partner.id, nearby, false, minutesAgo(5)], // another address
      [partner.id, ip, false, new Date(at.getTime() + 60_000)], // after the order
    ];
    const em = t.orm.em.fork();
    for (const [partnerId, ipHash, isBot, clickedAt] of rows) {
      await em.getConnection().execute(
        `insert into clicks (id, partner_id, visitor_id, ip_hash, landing_url, is_bot, clicked_at)
         values (gen_random_uuid(), ?, ?, ?, 'https://shop.example.com/', ?, ?)`,
        [partnerId, unique(), ipHash, isBot, clickedAt],
      );
    }
    const clicks = new ClickService();
    expect(await clicks.touches(em, { ipHash: ip }, at, 60)).toEqual([
      { partnerId: partner.id, at: minutesAgo(50) },
      { partnerId: other.id, at: minutesAgo(20) },
    ]);
    expect(await clicks.touches(em, { ipHash: ip }, at)).toHaveLength(3);
    expect(await clicks.touches(em, { ipHash: '0'.repeat(64) }, at, 60)).toEqual([]);

    // The lookup's key is the index's expression (the planner uses the index when it may not scan).
    const plan = await em.transactional(async (tx) => {
      await tx.getConnection().execute('set local enable_seqscan = off');
      const { sql, params } = touchesStatement({ ipHash: ip }, at, 60);
      const lines = await tx
        .getConnection()
        .execute<Array<{ 'QUERY PLAN': string }>>(`explain ${sql}`, params);
      return lines.map((line) => line['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('clicks_ip_key_clicked_at_index');
  });
});
