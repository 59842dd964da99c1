import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OutboundEmail } from '../emails/outbound-email.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import {
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { errorEntry } from '../../errors/error-catalogue.js';

const SIGN_UP = 'mutation($i: SignUpPartnerInput!) { signUpPartner(input: $i) { code status } }';
const CREATE_PROGRAM =
  'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id signupOpen signupFields { key type required options } signupParent { code } } }';

let t: TestApp;
let admin: Caller;
let programId: string;
beforeAll(async () => {
  t = await createTestApp({ SIGNUP_RATE_LIMIT: '1000', CODE_CHECK_RATE_LIMIT: '1000' });
  admin = await signedInAdmin(t);
  programId = await openProgram();
});
afterAll(() => t.close());

async function openProgram(extra: Record<string, unknown> = {}) {
  const result = await t.gql(
    CREATE_PROGRAM,
    {
      i: {
        name: `Signup ${unique()}`,
        currency: 'USD',
        signupOpen: true,
        signupAsksParentCode: true,
        signupFields: [
          { key: 'website', label: 'Website', type: 'TEXT', required: true },
          { key: 'audience', label: 'Audience', type: 'NUMBER' },
          { key: 'channel', label: 'Channel', type: 'CHOICE', options: ['Blog', 'Video'] },
          { key: 'terms', label: 'I accept the terms', type: 'CHECKBOX', required: true },
        ],
        ...extra,
      },
    },
    admin,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createProgram.id as string;
}

const application = (overrides: Record<string, unknown> = {}) => {
  const suffix = unique();
  return {
    programId,
    code: `s${suffix}`,
    name: `Applicant ${suffix}`,
    email: `s${suffix}@example.test`,
    password: 'apply-secret-1',
    customFields: { website: 'https://blog.test', audience: '1200', channel: 'Blog', terms: true },
    ...overrides,
  };
};

describe('public signup', () => {
  test('shows the form of an open program without signing in, and nothing of a closed one', async () => {
    const form = await t.gql(
      'query($id: ID!) { signupForm(programId: $id) { programName asksParentCode fields { key label type required options } } }',
      { id: programId },
    );
    expect(form.data?.signupForm.fields.map((f: { key: string }) => f.key)).toEqual([
      'website',
      'audience',
      'channel',
      'terms',
    ]);
    const closed = await t.gql(CREATE_PROGRAM, { i: { name: `Closed ${unique()}`, currency: 'USD' } }, admin);
    const none = await t.gql('query($id: ID!) { signupForm(programId: $id) { programName } }', {
      id: closed.data!.createProgram.id,
    });
    expect(errorOf(none)).toMatchObject({ code: 'NOT_FOUND', field: 'programId' });
  });

  test('creates a PENDING partner in the program with typed custom fields, a password and a welcome email', async () => {
    const input = application();
    const result = await t.gql(SIGN_UP, { i: input });
    expect(result.errors).toBeUndefined();
    expect(result.data?.signUpPartner).toEqual({ code: input.code, status: 'PENDING' });
    const em = t.orm.em.fork();
    const partner = await em.findOneOrFail(
      Partner,
      { code: input.code },
      { populate: ['programs', 'passwordHash'] },
    );
    expect(partner.customFields).toEqual({
      website: 'https://blog.test',
      audience: 1200,
      channel: 'Blog',
      terms: true,
    });
    expect(partner.programs.getItems().map((p) => p.id)).toEqual([programId]);
    expect(partner.passwordHash).toMatch(/^\$argon2id\$/);
    expect(partner.source).toBe('SIGNUP');
    const emails = await em.find(OutboundEmail, { partnerId: partner.id });
    expect(emails.map((e) => [e.kind, e.status])).toEqual([['WELCOME', 'HELD']]);
    expect(emails[0]!.body).toContain(input.code);
    // A pending partner may sign in to see the status of their application.
    const signIn = await t.gql(
      'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
      { l: input.code, p: input.password },
      { app: 'portal' },
    );
    expect(signIn.errors).toBeUndefined();
  });

  test('the custom field is shown and filterable in the admin list', async () => {
    const input = application({ customFields: { website: 'x', channel: 'Video', terms: true } });
    await t.gql(SIGN_UP, { i: input });
    const list = await t.gql(
      'query($p: ID, $f: CustomFieldFilterInput) { partners(programId: $p, customField: $f) { nodes { code customFields } } }',
      { p: programId, f: { key: 'channel', value: 'Video' } },
      admin,
    );
    expect(list.errors).toBeUndefined();
    const codes = list.data?.partners.nodes.map((n: { code: string }) => n.code);
    expect(codes).toContain(input.code);
    expect(
      list.data?.partners.nodes.every(
        (n: { customFields: { channel: string } }) => n.customFields.channel === 'Video',
      ),
    ).toBe(true);
  });

  test('a recruiting link sets the parent; otherwise the program default applies', async () => {
    const recruiter = await createPartner(t, admin);
    const fallback = await createPartner(t, admin);
    const withDefault = await openProgram({ signupParentCode: fallback.code, signupFields: [] });
    const recruited = application({
      programId: withDefault,
      parentCode: recruiter.code.toUpperCase(),
      customFields: {},
    });
    const plain = application({ programId: withDefault, customFields: {} });
    expect((await t.gql(SIGN_UP, { i: recruited })).errors).toBeUndefined();
    expect((await t.gql(SIGN_UP, { i: plain })).errors).toBeUndefined();
    const em = t.orm.em.fork();
    const a = await em.findOneOrFail(Partner, { code: recruited.code }, { populate: ['parent'] });
    const b = await em.findOneOrFail(Partner, { code: plain.code }, { populate: ['parent'] });
    expect(a.parent?.code).toBe(recruiter.code);
    expect(b.parent?.code).toBe(fallback.code);
  });

  test('a program that auto-approves creates an ACTIVE partner with the approved email', async () => {
    const auto = await openProgram({ autoApprove: true, signupFields: [] });
    const input = application({ programId: auto, customFields: {} });
    const result = await t.gql(SIGN_UP, { i: input });
    expect(result.data?.signUpPartner.status).toBe('ACTIVE');
    const partner = await t.orm.em.fork().findOneOrFail(Partner, { code: input.code });
    const kinds = (await t.orm.em.fork().find(OutboundEmail, { partnerId: partner.id })).map((e) => e.kind);
    expect(kinds.sort()).toEqual(['APPROVED', 'WELCOME']);
  });

  test.each([
    [
      'a taken code',
      async () => ({ code: (await createPartner(t, admin)).code }),
      'CONFLICT',
      'PARTNER_CODE_TAKEN',
      'code',
    ],
    ['an invalid code', async () => ({ code: '1x' }), 'BAD_USER_INPUT', 'PARTNER_CODE_INVALID', 'code'],
    ['an invalid email', async () => ({ email: 'not-an-email' }), 'BAD_USER_INPUT', 'EMAIL_INVALID', 'email'],
    [
      'a used email',
      async () => ({ email: (await createPartner(t, admin)).email }),
      'CONFLICT',
      'EMAIL_UNAVAILABLE',
      'email',
    ],
    ['a weak password', async () => ({ password: 'short' }), 'BAD_USER_INPUT', 'PASSWORD_WEAK', 'password'],
    [
      'an unknown parent code',
      async () => ({ parentCode: 'nobody-here' }),
      'NOT_FOUND',
      'PARENT_NOT_FOUND',
      'parentCode',
    ],
    [
      'a missing required answer',
      async () => ({ customFields: { terms: true } }),
      'BAD_USER_INPUT',
      'CUSTOM_FIELD_REQUIRED',
      'customFields.website',
    ],
    [
      'a bad number',
      async () => ({ customFields: { website: 'x', terms: true, audience: 'lots' } }),
      'BAD_USER_INPUT',
      'CUSTOM_FIELD_INVALID',
      'customFields.audience',
    ],
    [
      'an unknown program',
      async () => ({ programId: '00000000-0000-4000-8000-000000000000' }),
      'NOT_FOUND',
      'PROGRAM_NOT_FOUND',
      'programId',
    ],
  ])('refuses %s at its field and writes nothing', async (_name, override, code, reason, field) => {
    const input = application(await override());
    const before = await t.orm.em.fork().count(Partner, {});
    const result = await t.gql(SIGN_UP, { i: input });
    expect(errorOf(result)).toEqual({ code, reason, field });
    expect(await t.orm.em.fork().count(Partner, {})).toBe(before);
    expect(await t.orm.em.fork().count(OutboundEmail, { to: input.email })).toBe(0);
  });

  test.each([
    [{ signupParentCode: 'nobody-at-all' }, 'PARENT_NOT_FOUND', 'signupParentCode'],
    [
      { signupFields: [{ key: 'Bad key', label: 'X', type: 'TEXT' }] },
      'SIGNUP_FIELD_KEY_INVALID',
      'signupFields[0].key',
    ],
    [
      { signupFields: [{ key: 'pick', label: 'Pick', type: 'CHOICE', options: [] }] },
      'SIGNUP_FIELD_OPTIONS_INVALID',
      'signupFields[0].options',
    ],
  ] as const)(
    'refuses program signup settings %j at the field, writing nothing',
    async (settings, reason, field) => {
      const name = `Bad settings ${unique()}`;
      const result = await t.gql(CREATE_PROGRAM, { i: { name, currency: 'USD', ...settings } }, admin);
      expect(errorOf(result)).toEqual({ code: errorEntry(reason).category, reason, field });
      const list = await t.gql(
        'query($s: String) { programs(search: $s) { totalCount } }',
        { s: name },
        admin,
      );
      expect(list.data?.programs.totalCount).toBe(0);
    },
  );

  test('checks code availability live without revealing anything else', async () => {
    const taken = await createPartner(t, admin);
    const query = 'query($c: String!) { partnerCodeAvailability(code: $c) { code available reason } }';
    expect((await t.gql(query, { c: taken.code.toUpperCase() })).data?.partnerCodeAvailability).toEqual({
      code: taken.code,
      available: false,
      reason: 'PARTNER_CODE_TAKEN',
    });
    expect((await t.gql(query, { c: `free-${unique()}` })).data?.partnerCodeAvailability).toMatchObject({
      available: true,
      reason: null,
    });
    expect((await t.gql(query, { c: '9' })).data?.partnerCodeAvailability).toMatchObject({
      available: false,
      reason: 'PARTNER_CODE_INVALID',
    });
  });

  test('limits signups per client IP', async () => {
    const limited = await createTestApp({ SIGNUP_RATE_LIMIT: '2' });
    try {
      const results = [];
      for (let i = 0; i < 3; i += 1) {
        results.push(
          await limited.gql(SIGN_UP, { i: application({ customFields: { website: 'x', terms: true } }) }),
        );
      }
      expect(results.slice(0, 2).map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(errorOf(results[2]!)).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED' });
    } finally {
      await limited.close();
    }
  });

  test('serves the embeddable snippet', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/embed/signup.js?program=${programId}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.body).toContain(`/portal/signup/${programId}?embed=1`);
    const bad = await t.app.inject({ method: 'GET', url: '/embed/signup.js?program=x' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('approval queue', () => {
  const APPROVE =
    'mutation($ids: [ID!]!, $n: String) { approvePartners(ids: $ids, note: $n) { code status approvedAt reviewNote } }';
  const REJECT =
    'mutation($ids: [ID!]!, $n: String) { rejectPartners(ids: $ids, note: $n) { code status reviewNote } }';

  const pending = () => createPartner(t, admin, { status: 'PENDING' });

  test('approves several at once with a note and queues the approved emails', async () => {
    const [a, b] = [await pending(), await pending()];
    const result = await t.gql(APPROVE, { ids: [a.id, b.id], n: 'Welcome aboard!' }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.approvePartners).toMatchObject([
      { status: 'ACTIVE', reviewNote: 'Welcome aboard!' },
      { status: 'ACTIVE', reviewNote: 'Welcome aboard!' },
    ]);
    const emails = await t.orm.em.fork().find(OutboundEmail, { partnerId: { $in: [a.id, b.id] } });
    expect(emails.map((e) => e.kind)).toEqual(['APPROVED', 'APPROVED']);
    expect(emails[0]!.body).toContain('Welcome aboard!');
    expect(emails[0]!.body).toContain('/r/');
  });

  test('rejects one with the rejected email', async () => {
    const a = await pending();
    const result = await t.gql(REJECT, { ids: [a.id] }, admin);
    expect(result.data?.rejectPartners[0].status).toBe('REJECTED');
    expect((await t.orm.em.fork().find(OutboundEmail, { partnerId: a.id })).map((e) => e.kind)).toEqual([
      'REJECTED',
    ]);
  });

  test('refuses the whole batch when one is not pending, naming it, and changes nothing', async () => {
    const a = await pending();
    const active = await createPartner(t, admin);
    const result = await t.gql(APPROVE, { ids: [a.id, active.id] }, admin);
    expect(errorOf(result)).toEqual({
      code: 'CONFLICT',
      reason: 'PARTNER_NOT_PENDING',
      field: 'ids[1]',
    });
    const still = await t.orm.em.fork().findOneOrFail(Partner, { id: a.id });
    expect(still.status).toBe('PENDING');
    expect(await t.orm.em.fork().count(OutboundEmail, { partnerId: a.id })).toBe(0);
  });

  test('is for admins only', async () => {
    const a = await pending();
    expect(errorOf(await t.gql(APPROVE, { ids: [a.id] }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
