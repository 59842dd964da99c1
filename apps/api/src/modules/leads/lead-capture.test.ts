import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Click } from '../tracking/click.entity.js';
import { Commission } from '../../kernel/commission.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Lead } from '../../kernel/lead.entity.js';
import { errorEntry } from '../../errors/error-catalogue.js';
import {
  createPartner,
  createTestApp,
  signedInAdmin,
  unique,
  type TestApp,
} from '../../test-support/test-app.js';

const SHOP = 'https://shop.lead-capture.example';
let t: TestApp;
let partner: { id: string; code: string };
let busy: { id: string; code: string };
let programId: string;

beforeAll(async () => {
  t = await createTestApp({ LEAD_CAPTURE_RATE_LIMIT: '4', LEAD_PARTNER_HOURLY_LIMIT: '2' });
  const admin = await signedInAdmin(t);
  await t.gql(
    'mutation($i: UpdateMerchantSettingsInput!) { updateMerchantSettings(input: $i) { allowedDomains } }',
    { i: { defaultLandingUrl: 'https://lead-capture.example/', allowedDomains: ['*.lead-capture.example'] } },
    admin,
  );
  const program = await t.gql(
    'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
    {
      i: {
        name: `Leads ${unique()}`,
        currency: 'USD',
        priority: 0,
        rules: [{ layer: 'DEFAULT', levels: [{ level: 1, leadPayoutMinor: '250' }] }],
      },
    },
    admin,
  );
  programId = program.data!.createProgram.id;
  partner = await createPartner(t, admin, { programIds: [programId] });
  busy = await createPartner(t, admin, { programIds: [programId] });
});
afterAll(() => t.close());

async function clickOf(visitorId: string, of = partner, clickedAt = new Date(Date.now() - 60_000)) {
  const em = t.orm.em.fork();
  em.create(Click, {
    partner: em.getReference(Partner, of.id),
    visitorId,
    ipHash: 'z'.repeat(64),
    landingUrl: `${SHOP}/`,
    clickedAt,
  });
  await em.flush();
}

/** A visitor id with a fresh click of `of`. */
async function clickedVisitor(of = partner) {
  const visitorId = randomBytes(16).toString('hex');
  await clickOf(visitorId, of);
  return visitorId;
}

function post(body: unknown, origin: string | null = SHOP, ip = '198.51.100.7') {
  return t.app.inject({
    method: 'POST',
    url: '/t/lead',
    remoteAddress: ip,
    headers: { 'content-type': 'text/plain', ...(origin ? { origin } : {}) },
    payload: JSON.stringify(body),
  });
}

describe('POST /t/lead (the snippet’s Partnerkit.lead)', () => {
  test('records the visitor’s lead once, attributed to the partner of their click, without telling who', async () => {
    const visitorId = randomBytes(16).toString('hex');
    await clickOf(visitorId);
    const email = `lead-${unique()}@example.test`;
    const first = await post({ email, name: 'Lee', visitorId });
    expect(first.statusCode).toBe(200);
    expect(first.headers['access-control-allow-origin']).toBe(SHOP);
    expect(first.json()).toEqual({ recorded: true, duplicate: false });
    expect(JSON.stringify(first.json())).not.toContain(partner.code);

    const again = await post({ email, name: 'Lee', visitorId });
    expect(again.json()).toEqual({ recorded: true, duplicate: true });
    const leads = await t.orm.em.fork().find(Lead, { visitorId });
    expect(leads.map((lead) => [lead.source, lead.attributionMethod])).toEqual([['web', 'COOKIE']]);
    const payouts = await t.orm.em.fork().find(Commission, { sourceId: leads[0]!.id });
    expect(payouts.map((c) => [c.partner.id, c.amountMinor])).toEqual([[partner.id, 250n]]);
  });

  test('refuses pages outside the allowed domains, bad bodies and bad emails, storing nothing', async () => {
    const before = await t.orm.em.fork().count(Lead, {});
    const foreign = await post(
      { email: `x-${unique()}@example.test` },
      'https://evil.example',
      '198.51.100.8',
    );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' });
    const garbage = await t.app.inject({
      method: 'POST',
      url: '/t/lead',
      remoteAddress: '198.51.100.8',
      headers: { 'content-type': 'text/plain', origin: SHOP },
      payload: '{nope',
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BODY_INVALID' });
    const badEmail = await post(
      { email: 'not-an-email', visitorId: await clickedVisitor() },
      SHOP,
      '198.51.100.8',
    );
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EMAIL_INVALID',
      field: 'customer.email',
    });
    expect(await t.orm.em.fork().count(Lead, {})).toBe(before);
  });

  test.each([
    ['text/plain', 'null', 'BODY_INVALID', undefined],
    ['text/plain', '[1, 2]', 'BODY_INVALID', undefined],
    ['text/plain', '{"email": 42}', 'BODY_INVALID', 'email'],
    ['text/plain', '{"email": "\\u0000@b.c"}', 'TEXT_INVALID', 'email'],
    ['application/json', '{"email": "\\u0000@b.c"}', 'TEXT_INVALID', 'email'],
    ['application/json', '{"name": "\\ud800", "email": "a@b.cd"}', 'TEXT_INVALID', 'name'],
    ['application/json', 'null', 'BODY_INVALID', undefined],
    ['application/json', '{nope', 'BODY_INVALID', undefined],
    ['application/xml', '<lead/>', 'CONTENT_TYPE_UNSUPPORTED', undefined],
  ] as const)(
    'a %s body %s is refused as %s (field %s), never a 500',
    async (type, payload, reason, field) => {
      const before = await t.orm.em.fork().count(Lead, {});
      const response = await t.app.inject({
        method: 'POST',
        url: '/t/lead',
        remoteAddress: '203.0.113.77',
        headers: { 'content-type': type, origin: SHOP },
        payload,
      });
      expect(response.statusCode).toBe(errorEntry(reason).status);
      expect(response.json()).toEqual({
        code: 'BAD_USER_INPUT',
        reason,
        message: expect.any(String),
        ...(field ? { field } : {}),
      });
      expect(await t.orm.em.fork().count(Lead, {})).toBe(before);
    },
  );

  test('limits leads per IP', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push(
        (
          await post(
            { email: `many-${unique()}@example.test`, visitorId: await clickedVisitor() },
            SHOP,
            '198.51.100.9',
          )
        ).statusCode,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});

describe('what a snippet lead must prove (forged leads earn nothing)', () => {
  const leadsOf = async (visitorId: string) => t.orm.em.fork().find(Lead, { visitorId });

  test('no Origin header: refused, nothing stored', async () => {
    const visitorId = await clickedVisitor();
    const response = await post({ email: `o-${unique()}@example.test`, visitorId }, null, '198.51.100.20');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' });
    expect(await leadsOf(visitorId)).toEqual([]);
  });

  test('a visitor id without a click, or with a click older than the cookie window, is refused', async () => {
    const unknown = randomBytes(16).toString('hex');
    const none = await post(
      { email: `n-${unique()}@example.test`, visitorId: unknown },
      SHOP,
      '198.51.100.21',
    );
    expect(none.statusCode).toBe(403);
    expect(none.json()).toMatchObject({ reason: 'LEAD_CLICK_REQUIRED', field: 'visitorId' });
    const missing = await post({ email: `m-${unique()}@example.test` }, SHOP, '198.51.100.21');
    expect(missing.json()).toMatchObject({ reason: 'LEAD_CLICK_REQUIRED', field: 'visitorId' });
    const stale = randomBytes(16).toString('hex');
    await clickOf(stale, partner, new Date(Date.now() - 400 * 86_400_000)); // the window is 30 days
    const old = await post({ email: `s-${unique()}@example.test`, visitorId: stale }, SHOP, '198.51.100.21');
    expect(old.json()).toMatchObject({ reason: 'LEAD_CLICK_REQUIRED' });
    expect([...(await leadsOf(unknown)), ...(await leadsOf(stale))]).toEqual([]);
  });

  test('the issue’s attack: one visitor id, three emails (and a page-chosen externalId): one lead, one payout', async () => {
    const visitorId = await clickedVisitor();
    const answers = [];
    for (const [i, externalId] of ['a', 'b', 'c'].entries()) {
      answers.push(
        (
          await post(
            { email: `forged-${i}-${unique()}@example.test`, visitorId, externalId },
            SHOP,
            '198.51.100.22',
          )
        ).json(),
      );
    }
    expect(answers).toEqual([
      { recorded: true, duplicate: false },
      { recorded: true, duplicate: true },
      { recorded: true, duplicate: true },
    ]);
    const leads = await leadsOf(visitorId);
    expect(leads).toHaveLength(1);
    expect(await t.orm.em.fork().count(Commission, { sourceId: leads[0]!.id })).toBe(1);
  });

  test('one email gives one lead, whatever the visitor id', async () => {
    const email = `once-${unique()}@example.test`;
    const [first, second] = [await clickedVisitor(), await clickedVisitor()];
    expect((await post({ email, visitorId: first }, SHOP, '198.51.100.23')).json()).toEqual({
      recorded: true,
      duplicate: false,
    });
    expect(
      (await post({ email: email.toUpperCase(), visitorId: second }, SHOP, '198.51.100.23')).json(),
    ).toEqual({
      recorded: true,
      duplicate: true,
    });
    expect(await leadsOf(second)).toEqual([]);
  });

  test('a partner’s leads above the hourly rate are flagged for review instead of paid', async () => {
    const reviews = [];
    for (let i = 0; i < 4; i += 1) {
      const visitorId = await clickedVisitor(busy);
      const answer = await post(
        { email: `rate-${i}-${unique()}@example.test`, visitorId },
        SHOP,
        `198.51.100.${30 + i}`,
      );
      expect(answer.json()).toEqual({ recorded: true, duplicate: false });
      const [lead] = await leadsOf(visitorId);
      const [commission] = await t.orm.em.fork().find(Commission, { sourceId: lead!.id });
      reviews.push(commission!.review);
    }
    expect(reviews).toEqual(['NONE', 'NONE', 'FLAGGED', 'FLAGGED']); // LEAD_PARTNER_HOURLY_LIMIT = 2
  });

  test('leads sent server-side with an API key are trusted: no click or Origin needed', async () => {
    const admin = await signedInAdmin(t);
    const key = await t.gql(
      'mutation { createApiKey(input: { name: "shop", scopes: ["events:write"] }) { secret } }',
      {},
      admin,
    );
    const result = await t.gql(
      'mutation($i: RecordLeadInput!) { recordLead(input: $i) { duplicate } }',
      {
        i: {
          externalId: `srv-${unique()}`,
          customer: { email: `srv-${unique()}@example.test` },
          referral: { partnerCode: partner.code, programId },
        },
      },
      { bearer: key.data!.createApiKey.secret },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordLead.duplicate).toBe(false);
  });
});
