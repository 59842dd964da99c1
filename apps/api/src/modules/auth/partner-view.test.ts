import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isInputType,
  isCompositeType,
  type GraphQLArgument,
  type GraphQLField,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  cookieFrom,
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { childOrder, RECORD_ORDER, salesSetup, type SalesSetup } from '../../test-support/sales.js';
import { multipartBody, png } from '../../test-support/files.js';
import { subscribe, until, webSocketUrl } from '../../test-support/live.js';
import { Partner } from '../../kernel/partner.entity.js';
import { READ_ONLY_VIEW_MUTATIONS } from '../../graphql/access-matrix.js';
import { PartnerView } from './partner-view.entity.js';
import { Session } from './session.entity.js';

const START =
  'mutation($id: ID!) { startPartnerView(partnerId: $id) { viewId token tokenExpiresAt endsAt } }';
const BEGIN =
  'mutation($t: String!) { beginPartnerView(token: $t) { kind partner { id name } viewedBy { email } } }';
const ME = '{ me { kind partner { id name status } viewedBy { email name } } }';
const SIGN_IN_PARTNER =
  'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }';
const PARTNER_READS = `{
  myBalances { currency total { amountMinor } pending { amountMinor } }
  myEarnings { currency pending { amountMinor } payable { amountMinor } }
  myTrackingLinks { url }
  myCommissions(first: 10) { totalCount nodes { id amount { amountMinor } } }
}`;
const PARTNER_PASSWORD = 'partner-pass-1';

let t: TestApp;
let admin: Caller & { email: string };
let s: SalesSetup;
/** The partner's own session (signed in elsewhere). */
let partnerOwn: Caller;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
  s = await salesSetup(t, admin);
  const order = await t.gql(RECORD_ORDER, { i: childOrder(s) }, admin);
  if (order.errors) throw new Error(JSON.stringify(order.errors));
  const signIn = await t.gql(SIGN_IN_PARTNER, { l: s.child.code, p: PARTNER_PASSWORD }, { app: 'portal' });
  if (signIn.errors) throw new Error(JSON.stringify(signIn.errors));
  partnerOwn = { cookie: cookieFrom(signIn.headers), app: 'portal' };
});
afterAll(() => t.close());

/** Starts a view of `partnerId` as `by` and opens it in a fresh browser: the portal's caller. */
async function openView(partnerId: string, by: Caller = admin): Promise<Caller & { viewId: string }> {
  const started = await t.gql(START, { id: partnerId }, by);
  if (started.errors) throw new Error(JSON.stringify(started.errors));
  const begun = await t.gql(BEGIN, { t: started.data!.startPartnerView.token }, { app: 'portal' });
  if (begun.errors) throw new Error(JSON.stringify(begun.errors));
  return { cookie: cookieFrom(begun.headers), app: 'portal', viewId: started.data!.startPartnerView.viewId };
}

async function partnerRow(id: string) {
  return t.orm.em.fork().findOneOrFail(Partner, { id }, { populate: ['passwordHash'] });
}

const sessionsOf = (partnerId: string) =>
  t.orm.em.fork().count(Session, { partner: partnerId, partnerView: null });

describe('starting and opening a view', () => {
  test('the view reads exactly what the partner reads, and names the admin', async () => {
    const view = await openView(s.child.id);
    const me = await t.gql(ME, {}, view);
    expect(me.data?.me).toMatchObject({
      kind: 'PARTNER',
      partner: { id: s.child.id },
      viewedBy: { email: admin.email },
    });
    const own = await t.gql(PARTNER_READS, {}, partnerOwn);
    const viewed = await t.gql(PARTNER_READS, {}, view);
    expect(own.errors).toBeUndefined();
    expect(viewed.errors).toBeUndefined();
    expect(viewed.data).toEqual(own.data);
    // The order above earned the partner a commission: the view sees real figures, not an empty page.
    expect(viewed.data!.myCommissions.nodes.length).toBeGreaterThan(0);
    expect(viewed.data!.myBalances.length).toBeGreaterThan(0);
    expect(viewed.data!.myTrackingLinks.length).toBeGreaterThan(0);
    // The partner's own session says it is nobody's view.
    expect((await t.gql(ME, {}, partnerOwn)).data?.me).toMatchObject({ viewedBy: null });
  });

  test('records who viewed whom and when', async () => {
    const before = new Date();
    const view = await openView(s.other.id);
    const row = await t.orm.em.fork().findOneOrFail(PartnerView, { id: view.viewId });
    expect(row.partner.id).toBe(s.other.id);
    const me = await t.gql('{ me { admin { id } } }', {}, admin);
    expect(row.adminUser.id).toBe(me.data!.me.admin.id);
    expect(row.startedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(row.tokenUsedAt).not.toBeNull();
    // At most an hour, whatever the activity.
    expect(row.endsAt.getTime() - row.startedAt.getTime()).toBe(60 * 60_000);
    const session = await t.orm.em.fork().findOneOrFail(Session, { partnerView: view.viewId });
    expect(session.expiresAt.getTime()).toBe(row.endsAt.getTime());
  });

  test('the token works once', async () => {
    const started = await t.gql(START, { id: s.child.id }, admin);
    const token = started.data!.startPartnerView.token;
    expect((await t.gql(BEGIN, { t: token }, { app: 'portal' })).errors).toBeUndefined();
    const again = await t.gql(BEGIN, { t: token }, { app: 'portal' });
    expect(errorOf(again)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PARTNER_VIEW_TOKEN_INVALID',
      field: 'token',
    });
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  test('of two exchanges of one token at once, only one opens a session', async () => {
    const started = await t.gql(START, { id: s.child.id }, admin);
    const token = started.data!.startPartnerView.token;
    const results = await Promise.all(
      Array.from({ length: 4 }, () => t.gql(BEGIN, { t: token }, { app: 'portal' })),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(await t.orm.em.fork().count(Session, { partnerView: started.data!.startPartnerView.viewId })).toBe(
      1,
    );
  });

  test('an expired or unknown token is refused', async () => {
    const started = await t.gql(START, { id: s.child.id }, admin);
    await t.orm.em
      .fork()
      .nativeUpdate(
        PartnerView,
        { id: started.data!.startPartnerView.viewId },
        { tokenExpiresAt: new Date(Date.now() - 1000) },
      );
    for (const token of [started.data!.startPartnerView.token, `nope-${unique()}`]) {
      const result = await t.gql(BEGIN, { t: token }, { app: 'portal' });
      expect(errorOf(result).reason).toBe('PARTNER_VIEW_TOKEN_INVALID');
    }
  });

  test('a view past its end is signed out', async () => {
    const view = await openView(s.child.id);
    await t.orm.em
      .fork()
      .nativeUpdate(Session, { partnerView: view.viewId }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await t.gql(ME, {}, view)).data?.me).toBeNull();
  });

  test('an unknown partner, a partner caller, a signed-out caller and an API key cannot start a view', async () => {
    const unknown = await t.gql(START, { id: '00000000-0000-4000-8000-000000000000' }, admin);
    expect(errorOf(unknown)).toEqual({ code: 'NOT_FOUND', reason: 'PARTNER_NOT_FOUND', field: 'partnerId' });
    const malformed = await t.gql(START, { id: 'not-an-id' }, admin);
    expect(errorOf(malformed)).toEqual({ code: 'BAD_USER_INPUT', reason: 'ID_INVALID', field: 'partnerId' });
    expect(errorOf(await t.gql(START, { id: s.child.id }, partnerOwn))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(START, { id: s.child.id }, { app: 'admin' }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const key = await t.gql(
      'mutation { createApiKey(input: { name: "view", scopes: ["*:read", "partners:write"] }) { secret } }',
      {},
      admin,
    );
    const bearer = { bearer: key.data!.createApiKey.secret as string };
    expect(errorOf(await t.gql(START, { id: s.child.id }, bearer))).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('a suspended partner’s portal can still be viewed (read only)', async () => {
    const suspended = await createPartner(t, admin, {
      programIds: [s.programId],
      password: PARTNER_PASSWORD,
    });
    const update = await t.gql(
      'mutation($id: ID!) { updatePartner(id: $id, input: { status: SUSPENDED }) { status } }',
      { id: suspended.id },
      admin,
    );
    expect(update.errors).toBeUndefined();
    const view = await openView(suspended.id);
    expect((await t.gql(ME, {}, view)).data?.me).toMatchObject({ partner: { status: 'SUSPENDED' } });
    const write = await t.gql('mutation { updateMyProfile(input: { name: "X" }) { id } }', {}, view);
    expect(errorOf(write).reason).toBe('READ_ONLY_VIEW');
  });
});

describe('read only, enforced by the server', () => {
  test('every mutation of the schema but ending the view is refused with READ_ONLY_VIEW', async () => {
    const view = await openView(s.child.id);
    const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
    const fields = Object.values(schema.getMutationType()!.getFields()).filter(
      (field) => !READ_ONLY_VIEW_MUTATIONS.has(field.name),
    );
    expect(fields.length).toBeGreaterThan(40);
    const before = await t.orm.em.fork().count(PartnerView, {});
    for (const field of fields) {
      // Undeclared variable values: the guard refuses before they would be read.
      const result = await t.gql(mutationOf(field), {}, view);
      expect([field.name, errorOf(result).reason]).toEqual([field.name, 'READ_ONLY_VIEW']);
    }
    expect(await t.orm.em.fork().count(PartnerView, {})).toBe(before);
  });

  test('profile edits, password changes and resets, signing in as the partner, link and copy counts write nothing', async () => {
    const view = await openView(s.child.id);
    const before = await partnerRow(s.child.id);
    const sessionsBefore = await sessionsOf(s.child.id);
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['mutation { updateMyProfile(input: { name: "Taken over", notifyOnSale: false }) { id } }', {}],
      [
        'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }',
        { c: PARTNER_PASSWORD, n: 'another-pass-99' },
      ],
      ['mutation($l: String!) { requestPartnerPasswordReset(login: $l) }', { l: s.child.code }],
      [SIGN_IN_PARTNER, { l: s.child.code, p: PARTNER_PASSWORD }],
      [
        'mutation($i: CreateTrackingLinkInput!) { createTrackingLink(input: $i) { id } }',
        { i: { partnerId: s.child.id, slug: `s${unique()}`, landingUrl: 'https://example.test/' } },
      ],
    ];
    for (const [query, variables] of attempts) {
      const result = await t.gql(query, variables, view);
      expect([query, errorOf(result)]).toEqual([query, { code: 'FORBIDDEN', reason: 'READ_ONLY_VIEW' }]);
      expect(result.headers['set-cookie']).toBeUndefined();
    }
    const after = await partnerRow(s.child.id);
    expect(after.name).toBe(before.name);
    expect(after.notifyOnSale).toBe(before.notifyOnSale);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    expect(await sessionsOf(s.child.id)).toBe(sessionsBefore);
    // The view still works, and so does the partner's own session.
    expect((await t.gql(ME, {}, view)).data?.me.partner.id).toBe(s.child.id);
    expect((await t.gql(ME, {}, partnerOwn)).data?.me).toMatchObject({ partner: { id: s.child.id } });
  });

  test('the upload route refuses the view with READ_ONLY_VIEW', async () => {
    const view = await openView(s.child.id);
    const body = multipartBody(
      [
        ['kind', 'BANNER'],
        ['title', 'From a view'],
        ['programIds', s.programId],
      ],
      { name: 'banner.png', type: 'image/png', bytes: png(10, 10) },
    );
    const response = await t.app.inject({
      method: 'POST',
      url: '/collateral/uploads',
      headers: { 'content-type': body.contentType, cookie: view.cookie!, 'x-partnerkit-app': 'portal' },
      payload: body.payload,
    });
    expect([response.statusCode, response.json().reason]).toEqual([403, 'READ_ONLY_VIEW']);
  });
});

describe('downloads and the live socket', () => {
  test('a download works for the view but is not counted', async () => {
    const USAGE = 'query($id: ID!) { collateralItem(id: $id) { usage { copies downloads } } }';
    const created = await t.gql(
      'mutation($i: CreateCollateralInput!) { createCollateral(input: $i) { id } }',
      {
        i: {
          kind: 'EMAIL_SWIPE',
          title: `Swipe ${unique()}`,
          programIds: [s.programId],
          subject: 'Hello from {{name}}',
          body: 'Look: {{trackingLink}}',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCollateral.id as string;
    const view = await openView(s.child.id);
    const response = await t.app.inject({
      method: 'GET',
      url: `/collateral/${id}/download?app=portal`,
      headers: { cookie: view.cookie! },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`/r/${s.child.code}`);
    expect((await t.gql(USAGE, { id }, admin)).data!.collateralItem.usage).toEqual({
      copies: 0,
      downloads: 0,
    });
    // The partner's own download counts, so the count above could have moved.
    await t.app.inject({
      method: 'GET',
      url: `/collateral/${id}/download?app=portal`,
      headers: { cookie: partnerOwn.cookie! },
    });
    expect((await t.gql(USAGE, { id }, admin)).data!.collateralItem.usage).toEqual({
      copies: 0,
      downloads: 1,
    });
  });

  test('a mutation sent over the socket is refused; the socket closes when the admin signs out', async () => {
    const other = await signedInAdmin(t);
    const view = await openView(s.child.id, other);
    const url = await webSocketUrl(t);
    const write = subscribe(
      url,
      view,
      'mutation { updateMyProfile(input: { name: "Over the socket" }) { id } }',
    );
    await until(() => write.errors.length > 0, 'the refusal');
    expect(JSON.stringify(write.errors)).toContain('READ_ONLY_VIEW');
    expect((await partnerRow(s.child.id)).name).not.toBe('Over the socket');
    const live = subscribe(url, view, 'subscription { myLiveStats { at } }');
    await live.connected;
    await t.gql('mutation { signOut }', {}, other);
    await until(() => live.closedWith() !== null, 'the socket to close');
    expect(live.closedWith()).toBe(4401);
    await write.stop();
    await live.stop();
  });
});

describe('the partner’s own sessions and ending the view', () => {
  test('opening and ending a view leaves the partner signed in and their sessions untouched', async () => {
    const sessionsBefore = await sessionsOf(s.child.id);
    const view = await openView(s.child.id);
    expect(await sessionsOf(s.child.id)).toBe(sessionsBefore);
    const out = await t.gql('mutation { signOut }', {}, view);
    expect(out.data?.signOut).toBe(true);
    expect((await t.gql(ME, {}, view)).data?.me).toBeNull();
    expect((await t.gql(ME, {}, partnerOwn)).data?.me).toMatchObject({ partner: { id: s.child.id } });
    expect(await sessionsOf(s.child.id)).toBe(sessionsBefore);
    const row = await t.orm.em.fork().findOneOrFail(PartnerView, { id: view.viewId });
    expect(row.endedAt).not.toBeNull();
  });

  test('the view ends when the admin signs out, and its unused links stop working', async () => {
    const other = await signedInAdmin(t);
    const view = await openView(s.child.id, other);
    const pending = await t.gql(START, { id: s.child.id }, other);
    await t.gql('mutation { signOut }', {}, other);
    expect((await t.gql(ME, {}, view)).data?.me).toBeNull();
    const late = await t.gql(BEGIN, { t: pending.data!.startPartnerView.token }, { app: 'portal' });
    expect(errorOf(late).reason).toBe('PARTNER_VIEW_TOKEN_INVALID');
    const row = await t.orm.em.fork().findOneOrFail(PartnerView, { id: view.viewId });
    expect(row.endedAt).not.toBeNull();
    expect((await t.gql(ME, {}, partnerOwn)).data?.me).toMatchObject({ partner: { id: s.child.id } });
  });

  test('opening another view in the same browser ends the first', async () => {
    const first = await openView(s.child.id);
    const started = await t.gql(START, { id: s.other.id }, admin);
    const second = await t.gql(BEGIN, { t: started.data!.startPartnerView.token }, first);
    expect(second.data?.beginPartnerView.partner.id).toBe(s.other.id);
    expect((await t.gql(ME, {}, first)).data?.me).toBeNull();
  });
});

/** `mutation($a: T!, …) { field(a: $a, …) { __typename } }` with every required argument a variable. */
function mutationOf(field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter(
    (arg: GraphQLArgument) => isInputType(arg.type) && String(arg.type).endsWith('!'),
  );
  const declared = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation${declared ? `(${declared})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}
