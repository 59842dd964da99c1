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

beforeAll(async () => {
  t = await createTestApp({ LEAD_CAPTURE_RATE_LIMIT: '4' });
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
  partner = await createPartner(t, admin, { programIds: [program.data!.createProgram.id] });
});
afterAll(() => t.close());

async function clickOf(visitorId: string) {
  const em = t.orm.em.fork();
  em.create(Click, {
    partner: em.getReference(Partner, partner.id),
    visitorId,
    ipHash: 'z'.repeat(64),
    landingUrl: `${SHOP}/`,
    clickedAt: new Date(Date.now() - 60_000),
  });
  await em.flush();
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
    const badEmail = await post({ email: 'not-an-email' }, SHOP, '198.51.100.8');
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
        (await post({ email: `many-${unique()}@example.test` }, SHOP, '198.51.100.9')).statusCode,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});
