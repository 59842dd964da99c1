import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  createPartner,
  createTestApp,
  signedInAdmin,
  unique,
  type TestApp,
} from '../../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

test('a lead right after its click is attributed: waiting clicks are written first', async () => {
  const admin = await signedInAdmin(t);
  await t.gql(
    'mutation { updateMerchantSettings(input: { defaultLandingUrl: "https://settle.example/", allowedDomains: ["settle.example"] }) { allowedDomains } }',
    {},
    admin,
  );
  const program = await t.gql(
    'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
    {
      i: {
        name: `Settle ${unique()}`,
        currency: 'USD',
        rules: [{ layer: 'DEFAULT', levels: [{ level: 1, leadPayoutMinor: '100' }] }],
      },
    },
    admin,
  );
  const programId = program.data!.createProgram.id;
  const partner = await createPartner(t, admin, { programIds: [programId] });

  const click = await t.app.inject({
    method: 'GET',
    url: `/r/${partner.code}`,
    headers: {
      'user-agent':
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
    },
  });
  const visitorId = new URL(click.headers.location as string).searchParams.get('pk_vid');
  // No waiting: the click is still in the buffer (written every 250 ms) when the lead arrives.
  const lead = await t.gql(
    'mutation($i: RecordLeadInput!) { recordLead(input: $i) { lead { attributionMethod } } }',
    {
      i: {
        externalId: `settle-${unique()}`,
        customer: { email: `settle-${unique()}@example.test` },
        referral: { programId, visitorId },
      },
    },
    admin,
  );
  expect(lead.data!.recordLead.lead.attributionMethod).toBe('COOKIE');
});
