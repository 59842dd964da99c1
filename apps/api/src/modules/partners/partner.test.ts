import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Partner } from '../../kernel/partner.entity.js';
import {
  cookieFrom,
  createPartner,
  createTestApp,
  errorOf,
  PARTNER_FIELDS,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { errorEntry } from '../../errors/error-catalogue.js';

const CREATE = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { ${PARTNER_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePartnerInput!) { updatePartner(id: $id, input: $input) { ${PARTNER_FIELDS} parent { code } } }`;

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
});
afterAll(() => t.close());

const countPartners = () => t.orm.em.fork().count(Partner, {});

describe('creating partners', () => {
  test('normalises the code and email and records the approval', async () => {
    const suffix = unique();
    const result = await t.gql(
      CREATE,
      { input: { code: ` Acme_${suffix} `, name: ' Acme Ltd ', email: `Sales+${suffix}@Acme.TEST` } },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createPartner).toMatchObject({
      code: `acme_${suffix}`,
      name: 'Acme Ltd',
      email: `sales+${suffix}@acme.test`,
      status: 'ACTIVE',
    });
    expect(result.data?.createPartner.approvedAt).toBeTruthy();
  });

  test.each([
    [{ code: 'ab' }, 'PARTNER_CODE_INVALID', 'code'],
    [{ code: '1abc' }, 'PARTNER_CODE_INVALID', 'code'],
    [{ email: 'not-an-email' }, 'EMAIL_INVALID', 'email'],
    [{ name: '   ' }, 'REQUIRED', 'name'],
    [{ password: 'short' }, 'PASSWORD_WEAK', 'password'],
    [{ parentCode: 'nobody-here' }, 'PARENT_NOT_FOUND', 'parentCode'],
    [{ programIds: ['not-a-uuid'] }, 'ID_INVALID', 'programIds'],
    [{ programIds: ['00000000-0000-4000-8000-000000000000'] }, 'PROGRAM_NOT_FOUND', 'programIds'],
    [{ status: 'SUSPENDED' }, 'PARTNER_STATUS_INITIAL_INVALID', 'status'],
  ] as const)('refuses %j with %s on %s and writes nothing', async (override, reason, field) => {
    const before = await countPartners();
    const suffix = unique();
    const result = await t.gql(
      CREATE,
      { input: { code: `bad${suffix}`, name: 'Bad', email: `bad${suffix}@example.test`, ...override } },
      admin,
    );
    expect(errorOf(result)).toEqual({ code: errorEntry(reason).category, reason, field });
    expect(await countPartners()).toBe(before);
  });

  test('a taken code (in any letter case) or email is a CONFLICT', async () => {
    const existing = await createPartner(t, admin);
    const before = await countPartners();
    const sameCode = await t.gql(
      CREATE,
      { input: { code: existing.code.toUpperCase(), name: 'Copy', email: `copy${unique()}@example.test` } },
      admin,
    );
    expect(errorOf(sameCode)).toEqual({ code: 'CONFLICT', reason: 'PARTNER_CODE_TAKEN', field: 'code' });
    const sameEmail = await t.gql(
      CREATE,
      { input: { code: `copy${unique()}`, name: 'Copy', email: existing.email.toUpperCase() } },
      admin,
    );
    expect(errorOf(sameEmail)).toEqual({ code: 'CONFLICT', reason: 'PARTNER_EMAIL_TAKEN', field: 'email' });
    expect(await countPartners()).toBe(before);
  });
});

describe('editing partners', () => {
  test('a parent that would create a cycle is refused and nothing changes', async () => {
    const a = await createPartner(t, admin);
    const b = await createPartner(t, admin, { parentCode: a.code });
    const c = await createPartner(t, admin, { parentCode: b.code });
    const result = await t.gql(UPDATE, { id: a.id, input: { parentCode: c.code, name: 'Renamed' } }, admin);
    expect(errorOf(result)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PARTNER_PARENT_CYCLE',
      field: 'parentCode',
    });
    const self = await t.gql(UPDATE, { id: a.id, input: { parentCode: a.code } }, admin);
    expect(errorOf(self).reason).toBe('PARTNER_PARENT_CYCLE');
    const after = await t.gql(
      'query($id: ID!) { partner(id: $id) { name parent { code } } }',
      { id: a.id },
      admin,
    );
    expect(after.data?.partner).toEqual({ name: (a as { name?: string }).name, parent: null });
  });

  test('moves a partner to a new parent and removes it again', async () => {
    const parent = await createPartner(t, admin);
    const child = await createPartner(t, admin);
    const moved = await t.gql(UPDATE, { id: child.id, input: { parentCode: parent.code } }, admin);
    expect(moved.data?.updatePartner.parent).toEqual({ code: parent.code });
    const removed = await t.gql(UPDATE, { id: child.id, input: { parentCode: null } }, admin);
    expect(removed.data?.updatePartner.parent).toBeNull();
  });

  test('follows the status rules', async () => {
    const pending = await createPartner(t, admin, { status: 'PENDING' });
    const suspend = await t.gql(UPDATE, { id: pending.id, input: { status: 'SUSPENDED' } }, admin);
    expect(errorOf(suspend)).toMatchObject({
      code: 'CONFLICT',
      reason: 'PARTNER_STATUS_TRANSITION_INVALID',
    });
    const approve = await t.gql(UPDATE, { id: pending.id, input: { status: 'ACTIVE' } }, admin);
    expect(approve.data?.updatePartner).toMatchObject({ status: 'ACTIVE' });
    expect(approve.data?.updatePartner.approvedAt).toBeTruthy();
    const suspended = await t.gql(UPDATE, { id: pending.id, input: { status: 'SUSPENDED' } }, admin);
    expect(suspended.data?.updatePartner.status).toBe('SUSPENDED');
  });

  test('an unknown or malformed id is NOT_FOUND or BAD_USER_INPUT', async () => {
    const missing = await t.gql(
      UPDATE,
      { id: '00000000-0000-4000-8000-000000000000', input: { name: 'X' } },
      admin,
    );
    expect(errorOf(missing).code).toBe('NOT_FOUND');
    const malformed = await t.gql(UPDATE, { id: "1' or '1'='1", input: { name: 'X' } }, admin);
    expect(errorOf(malformed)).toEqual({ code: 'BAD_USER_INPUT', reason: 'ID_INVALID', field: 'id' });
  });
});

describe('listing partners', () => {
  test('cursor pagination visits every match once, and search matches code, name and email', async () => {
    const tag = unique();
    const created = [];
    for (let i = 0; i < 5; i += 1) {
      created.push(await createPartner(t, admin, { name: `Listed ${tag} ${i}` }));
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = await t.gql(
        'query($s: String, $a: String) { partners(first: 2, after: $a, search: $s) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }',
        { s: `listed ${tag}`, a: after },
        admin,
      );
      expect(page.data.partners.totalCount).toBe(5);
      seen.push(...page.data.partners.nodes.map((node: { id: string }) => node.id));
      after = page.data.partners.pageInfo.hasNextPage ? page.data.partners.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(created.map((partner) => partner.id).sort());

    const byEmail = await t.gql(
      'query($s: String) { partners(search: $s) { nodes { id } } }',
      { s: created[0]!.email },
      admin,
    );
    expect(byEmail.data?.partners.nodes).toEqual([{ id: created[0]!.id }]);
    const wildcard = await t.gql('query { partners(search: "%") { totalCount } }', {}, admin);
    expect(wildcard.data?.partners.totalCount).toBe(0);
  });

  test('filters by status and program', async () => {
    const program = await t.gql(
      'mutation($n: String!) { createProgram(input: { name: $n, currency: "EUR" }) { id } }',
      { n: `Filter ${unique()}` },
      admin,
    );
    const programId = program.data?.createProgram.id;
    const inProgram = await createPartner(t, admin, { programIds: [programId], status: 'PENDING' });
    await createPartner(t, admin, { status: 'PENDING' });
    const result = await t.gql(
      'query($p: ID) { partners(programId: $p, status: PENDING) { totalCount nodes { code programs { id } } } }',
      { p: programId },
      admin,
    );
    expect(result.data?.partners).toEqual({
      totalCount: 1,
      nodes: [{ code: inProgram.code, programs: [{ id: programId }] }],
    });
  });
});

describe("a partner's own profile", () => {
  async function portalOf(partnerCode: string) {
    const signIn = await t.gql(
      'mutation($l: String!) { signInPartner(login: $l, password: "partner-pass-1") { kind } }',
      { l: partnerCode },
      { app: 'portal' },
    );
    return { cookie: cookieFrom(signIn.headers), app: 'portal' as const };
  }

  test('a partner edits their name, payout details and preferences', async () => {
    const partner = await createPartner(t, admin, { password: 'partner-pass-1' });
    const portal = await portalOf(partner.code);
    const result = await t.gql(
      `mutation { updateMyProfile(input: { name: "New Name", payoutMethod: PAYPAL, payoutDestination: " Pay@Example.TEST ", notifyOnSale: false }) { code name payoutMethod payoutDestination notifyOnSale } }`,
      {},
      portal,
    );
    expect(result.data?.updateMyProfile).toEqual({
      code: partner.code,
      name: 'New Name',
      payoutMethod: 'PAYPAL',
      payoutDestination: 'pay@example.test',
      notifyOnSale: false,
    });
  });

  test("a partner cannot take another partner's email, and is not told it is taken", async () => {
    const other = await createPartner(t, admin);
    const partner = await createPartner(t, admin, { password: 'partner-pass-1' });
    const portal = await portalOf(partner.code);
    const result = await t.gql(
      'mutation($e: String!) { updateMyProfile(input: { email: $e }) { email } }',
      { e: other.email },
      portal,
    );
    expect(errorOf(result)).toEqual({ code: 'CONFLICT', reason: 'EMAIL_UNAVAILABLE', field: 'email' });
    expect(result.errors?.[0]?.message).not.toMatch(/exists|taken/i);
  });

  test('an admin cannot use the partner-only mutation', async () => {
    const result = await t.gql('mutation { updateMyProfile(input: { name: "X" }) { id } }', {}, admin);
    expect(errorOf(result).code).toBe('FORBIDDEN');
  });
});
