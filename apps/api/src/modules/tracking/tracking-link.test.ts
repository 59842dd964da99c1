import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TrackingLink } from './tracking-link.entity.js';
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
import { errorEntry } from '../../errors/error-catalogue.js';

/** Same as in click.test.ts (one shared database). */
const TEST_SETTINGS = {
  defaultLandingUrl: 'https://shop.example.com/welcome',
  allowedDomains: ['shop.example.com', '*.example.org'],
};
const LINK_FIELDS = 'id slug name destinationUrl archived programs { id }';
const CREATE = `mutation($i: CreateTrackingLinkInput!) { createTrackingLink(input: $i) { ${LINK_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateTrackingLinkInput!) { updateTrackingLink(id: $id, input: $i) { ${LINK_FIELDS} } }`;
const BUILD = 'query($u: String!, $s: String) { buildTrackingLink(url: $u, subId: $s) }';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://go.example.com/' });
  admin = await signedInAdmin(t);
  const result = await t.gql(
    'mutation($i: UpdateMerchantSettingsInput!) { updateMerchantSettings(input: $i) { id: defaultLandingUrl } }',
    { i: TEST_SETTINGS },
    admin,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
});
afterAll(() => t.close());

const countLinks = () => t.orm.em.fork().count(TrackingLink, {});

async function signedInPartner(extra: Record<string, unknown> = {}) {
  const password = 'partner-pass-123';
  const partner = await createPartner(t, admin, { password, ...extra });
  const signIn = await t.gql(
    'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
    { l: partner.code, p: password },
    { app: 'portal' },
  );
  return { partner, caller: { cookie: cookieFrom(signIn.headers), app: 'portal' } as Caller };
}

describe('named tracking links (admin)', () => {
  test('create, edit, archive; the slug is normalised and unique', async () => {
    const slug = `Spring-${unique()}`;
    const created = await t.gql(
      CREATE,
      { i: { slug, name: ' Spring sale ', destinationUrl: 'https://shop.example.com/spring' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const link = created.data!.createTrackingLink;
    expect(link).toMatchObject({
      slug: slug.toLowerCase(),
      name: 'Spring sale',
      archived: false,
      programs: [],
    });

    const taken = await t.gql(
      CREATE,
      { i: { slug: slug.toUpperCase(), name: 'Again', destinationUrl: 'https://shop.example.com/' } },
      admin,
    );
    expect(errorOf(taken)).toEqual({ code: 'CONFLICT', reason: 'LINK_SLUG_TAKEN', field: 'slug' });

    const edited = await t.gql(
      UPDATE,
      { id: link.id, i: { name: 'Spring', destinationUrl: 'https://x.example.org/s' } },
      admin,
    );
    expect(edited.data!.updateTrackingLink).toMatchObject({
      name: 'Spring',
      destinationUrl: 'https://x.example.org/s',
    });
    const archived = await t.gql(UPDATE, { id: link.id, i: { archived: true } }, admin);
    expect(archived.data!.updateTrackingLink.archived).toBe(true);

    const active = await t.gql('{ trackingLinks { id } }', {}, admin);
    expect(active.data!.trackingLinks.map((l: { id: string }) => l.id)).not.toContain(link.id);
    const all = await t.gql('{ trackingLinks(includeArchived: true) { id } }', {}, admin);
    expect(all.data!.trackingLinks.map((l: { id: string }) => l.id)).toContain(link.id);
  });

  test('bad input is refused with a coded error and writes nothing', async () => {
    const before = await countLinks();
    for (const [input, reason, field] of [
      [
        { slug: 'bad slug', name: 'X', destinationUrl: 'https://shop.example.com/' },
        'LINK_SLUG_INVALID',
        'slug',
      ],
      [
        { slug: `ok-${unique()}`, name: ' ', destinationUrl: 'https://shop.example.com/' },
        'REQUIRED',
        'name',
      ],
      [
        { slug: `ok-${unique()}`, name: 'X', destinationUrl: 'javascript:alert(1)' },
        'LINK_URL_INVALID',
        'destinationUrl',
      ],
      [
        {
          slug: `ok-${unique()}`,
          name: 'X',
          destinationUrl: 'https://shop.example.com/',
          programIds: ['00000000-0000-4000-8000-000000000000'],
        },
        'PROGRAM_NOT_FOUND',
        'programIds',
      ],
    ] as const) {
      expect(errorOf(await t.gql(CREATE, { i: input }, admin))).toEqual({
        code: errorEntry(reason).category,
        reason,
        field,
      });
    }
    expect(await countLinks()).toBe(before);
  });

  test('*:read keys list links; partners may not manage them', async () => {
    const key = await t.gql(
      'mutation { createApiKey(input: { name: "reader", scopes: ["*:read"] }) { secret } }',
      {},
      admin,
    );
    const listed = await t.gql(
      '{ trackingLinks { id slug } }',
      {},
      { bearer: key.data!.createApiKey.secret },
    );
    expect(listed.errors).toBeUndefined();
    const { caller } = await signedInPartner();
    expect(errorOf(await t.gql('{ trackingLinks { id } }', {}, caller)).code).toBe('FORBIDDEN');
    const write = await t.gql(
      CREATE,
      { i: { slug: `p-${unique()}`, name: 'X', destinationUrl: 'https://shop.example.com/' } },
      caller,
    );
    expect(errorOf(write).code).toBe('FORBIDDEN');
  });
});

describe("a partner's links", () => {
  test('myTrackingLinks: the default link and every active named link open to the partner, as full URLs', async () => {
    const program = (
      await t.gql(
        'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
        { i: { name: `Links ${unique()}`, currency: 'USD' } },
        admin,
      )
    ).data!.createProgram.id as string;
    const open = (
      await t.gql(
        CREATE,
        { i: { slug: `open-${unique()}`, name: 'Open', destinationUrl: 'https://shop.example.com/o' } },
        admin,
      )
    ).data!.createTrackingLink;
    const limited = (
      await t.gql(
        CREATE,
        {
          i: {
            slug: `lim-${unique()}`,
            name: 'Limited',
            destinationUrl: 'https://shop.example.com/l',
            programIds: [program],
          },
        },
        admin,
      )
    ).data!.createTrackingLink;
    const gone = (
      await t.gql(
        CREATE,
        { i: { slug: `gone-${unique()}`, name: 'Gone', destinationUrl: 'https://shop.example.com/g' } },
        admin,
      )
    ).data!.createTrackingLink;
    await t.gql(UPDATE, { id: gone.id, i: { archived: true } }, admin);

    const { partner, caller } = await signedInPartner();
    const result = await t.gql(
      '{ myTrackingLinks { trackingLinkId name slug url destinationUrl } }',
      {},
      caller,
    );
    expect(result.errors).toBeUndefined();
    const links = result.data!.myTrackingLinks as Array<{ trackingLinkId: string | null; url: string }>;
    expect(links[0]).toEqual({
      trackingLinkId: null,
      name: 'Default link',
      slug: null,
      url: `https://go.example.com/r/${partner.code}`,
      destinationUrl: 'https://shop.example.com/welcome',
    });
    const ids = links.map((link) => link.trackingLinkId);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(limited.id);
    expect(ids).not.toContain(gone.id);
    expect(links.find((link) => link.trackingLinkId === open.id)!.url).toBe(
      `https://go.example.com/r/${partner.code}/${open.slug}`,
    );

    const member = await signedInPartner({ programIds: [program] });
    const memberLinks = await t.gql('{ myTrackingLinks { trackingLinkId } }', {}, member.caller);
    expect(
      memberLinks.data!.myTrackingLinks.map((l: { trackingLinkId: string }) => l.trackingLinkId),
    ).toContain(limited.id);
  });

  test('buildTrackingLink: deep links on allowed domains with an optional sub-id; coded errors otherwise', async () => {
    const { partner, caller } = await signedInPartner();
    const built = await t.gql(BUILD, { u: 'https://shop.example.com/p/1?c=red', s: 'fb_2024.a' }, caller);
    expect(built.errors).toBeUndefined();
    const url = new URL(built.data!.buildTrackingLink);
    expect(`${url.origin}${url.pathname}`).toBe(`https://go.example.com/r/${partner.code}`);
    expect(url.searchParams.get('url')).toBe('https://shop.example.com/p/1?c=red');
    expect(url.searchParams.get('sub')).toBe('fb_2024.a');
    const noSub = await t.gql(BUILD, { u: 'https://a.example.org/' }, caller);
    expect(noSub.data!.buildTrackingLink).toBe(
      `https://go.example.com/r/${partner.code}?url=${encodeURIComponent('https://a.example.org/')}`,
    );

    expect(errorOf(await t.gql(BUILD, { u: 'https://evil.test/' }, caller))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'LINK_DOMAIN_NOT_ALLOWED',
      field: 'url',
    });
    expect(errorOf(await t.gql(BUILD, { u: 'not a url' }, caller))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'LINK_URL_INVALID',
      field: 'url',
    });
    expect(
      errorOf(await t.gql(BUILD, { u: 'https://shop.example.com/', s: 'x'.repeat(101) }, caller)),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'SUB_ID_INVALID',
      field: 'subId',
    });
    expect(errorOf(await t.gql(BUILD, { u: 'https://shop.example.com/' }, admin)).code).toBe('FORBIDDEN');
  });

  test('the link a partner builds redirects where it says', async () => {
    const { caller } = await signedInPartner({ status: 'ACTIVE' });
    const built = await t.gql(BUILD, { u: 'https://shop.example.com/p/9', s: 'tag' }, caller);
    const path = new URL(built.data!.buildTrackingLink);
    const response = await t.app.inject({ method: 'GET', url: `${path.pathname}${path.search}` });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toMatch(/^https:\/\/shop\.example\.com\/p\/9\?pk_vid=[0-9a-f]{32}$/);
  });
});

describe('the merchant snippet', () => {
  test('GET /snippet.js is small, cacheable JavaScript with the visitor-id API', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/snippet.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    expect(response.body.length).toBeLessThan(8000);
    expect(response.body).toContain('window.Partnerkit');
    expect(response.body).toContain('client_reference_id');
    expect(() => new Function(response.body)).not.toThrow();
    const again = await t.app.inject({
      method: 'GET',
      url: '/snippet.js',
      headers: { 'if-none-match': response.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });
});
