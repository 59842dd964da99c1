import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AdminRole, AdminUser } from '../../kernel/admin-user.entity.js';
import { OutboundEmail } from '../emails/outbound-email.entity.js';
import {
  ADMIN_PASSWORD,
  cookieFrom,
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';
import { AdminInvite } from './admin-invite.entity.js';

const INVITE = `mutation($input: InviteAdminInput!) { inviteAdmin(input: $input) { id email role expiresAt } }`;
const INVITES = '{ adminInvites { id email role } }';
const ADMINS = '{ admins { id email role } }';
const INVITATION = 'query($t: String!) { adminInvitation(token: $t) { email role } }';
const ACCEPT = `mutation($input: AcceptAdminInviteInput!) { acceptAdminInvite(input: $input) { id email name role } }`;
const REVOKE = 'mutation($id: ID!) { revokeAdminInvite(id: $id) { id revokedAt } }';
const CHANGE_ROLE =
  'mutation($id: ID!, $role: AdminRole!) { changeAdminRole(id: $id, role: $role) { id role } }';
const REMOVE = 'mutation($id: ID!) { removeAdmin(id: $id) }';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signInAdmin(email: $e, password: $p) { kind } }';
const ME = '{ me { kind admin { email role } } }';
const OUTBOX = '{ outboundEmails(first: 50) { nodes { kind to body } } }';

let t: TestApp;
let owner: Caller & { email: string; id: string };
beforeAll(async () => {
  t = await createTestApp();
  owner = await signedInAdmin(t, AdminRole.OWNER);
});
afterAll(() => t.close());

async function tokenSentTo(to: string): Promise<string> {
  const email = await t.orm.em
    .fork()
    .findOneOrFail(OutboundEmail, { to, kind: 'ADMIN_INVITE' }, { orderBy: { createdAt: 'desc' } });
  return /token=([A-Za-z0-9_-]+)/.exec(email.body)![1]!;
}

const invitesOf = (email: string) => t.orm.em.fork().count(AdminInvite, { email });
const adminsWith = (email: string) => t.orm.em.fork().count(AdminUser, { email });

describe('invitations', () => {
  test('an owner invites; the invitee accepts once with a name and password, then signs in with the role', async () => {
    const email = `new-${unique()}@example.test`;
    const invited = await t.gql(INVITE, { input: { email: email.toUpperCase(), role: 'VIEWER' } }, owner);
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteAdmin).toMatchObject({ email, role: 'VIEWER' });
    expect((await t.gql(INVITES, {}, owner)).data?.adminInvites).toContainEqual(
      expect.objectContaining({ email, role: 'VIEWER' }),
    );

    const token = await tokenSentTo(email);
    const outbox = await t.gql(OUTBOX, {}, owner);
    const sent = outbox.data?.outboundEmails.nodes.find((n: { to: string }) => n.to === email);
    expect(sent.body).toContain('/admin/accept-invite?token=(hidden)');
    expect(JSON.stringify(outbox)).not.toContain(token);

    expect((await t.gql(INVITATION, { t: token })).data?.adminInvitation).toEqual({ email, role: 'VIEWER' });
    const accepted = await t.gql(ACCEPT, {
      input: { token, name: '  New Viewer ', password: ADMIN_PASSWORD },
    });
    expect(accepted.data?.acceptAdminInvite).toMatchObject({ email, name: 'New Viewer', role: 'VIEWER' });

    const again = await t.gql(ACCEPT, { input: { token, name: 'Twice', password: ADMIN_PASSWORD } });
    expect(errorOf(again)).toMatchObject({ reason: 'ADMIN_INVITE_USED', field: 'token' });
    expect(await adminsWith(email)).toBe(1);

    const signIn = await t.gql(SIGN_IN, { e: email, p: ADMIN_PASSWORD }, { app: 'admin' });
    const viewer = { cookie: cookieFrom(signIn.headers), app: 'admin' as const };
    expect((await t.gql(ME, {}, viewer)).data?.me.admin).toEqual({ email, role: 'VIEWER' });
    expect((await t.gql(INVITES, {}, owner)).data?.adminInvites).not.toContainEqual(
      expect.objectContaining({ email }),
    );
  });

  test('a revoked or expired link is refused with its code, and an unknown one too', async () => {
    const revokedEmail = `revoked-${unique()}@example.test`;
    const invite = await t.gql(INVITE, { input: { email: revokedEmail, role: 'MANAGER' } }, owner);
    const token = await tokenSentTo(revokedEmail);
    const revoked = await t.gql(REVOKE, { id: invite.data?.inviteAdmin.id }, owner);
    expect(revoked.data?.revokeAdminInvite.revokedAt).toBeTruthy();
    const refused = await t.gql(ACCEPT, { input: { token, name: 'Late', password: ADMIN_PASSWORD } });
    expect(errorOf(refused)).toMatchObject({ reason: 'ADMIN_INVITE_REVOKED', field: 'token' });

    const expiredEmail = `expired-${unique()}@example.test`;
    await t.gql(INVITE, { input: { email: expiredEmail, role: 'MANAGER' } }, owner);
    const expiredToken = await tokenSentTo(expiredEmail);
    await t.orm.em.fork().nativeUpdate(AdminInvite, { email: expiredEmail }, { expiresAt: new Date(1000) });
    const expired = await t.gql(ACCEPT, {
      input: { token: expiredToken, name: 'Late', password: ADMIN_PASSWORD },
    });
    expect(errorOf(expired)).toMatchObject({ reason: 'ADMIN_INVITE_EXPIRED' });
    expect(errorOf(await t.gql(INVITATION, { t: expiredToken }))).toMatchObject({
      reason: 'ADMIN_INVITE_EXPIRED',
    });

    const unknown = await t.gql(ACCEPT, { input: { token: 'nope', name: 'X', password: ADMIN_PASSWORD } });
    expect(errorOf(unknown)).toMatchObject({ reason: 'ADMIN_INVITE_INVALID', field: 'token' });
    expect((await adminsWith(revokedEmail)) + (await adminsWith(expiredEmail))).toBe(0);
  });

  test('a weak password or an empty name is refused and the link still works', async () => {
    const email = `weak-${unique()}@example.test`;
    await t.gql(INVITE, { input: { email, role: 'MANAGER' } }, owner);
    const token = await tokenSentTo(email);
    const weak = await t.gql(ACCEPT, { input: { token, name: 'Weak', password: 'short' } });
    expect(errorOf(weak)).toMatchObject({ reason: 'PASSWORD_WEAK', field: 'input.password' });
    const nameless = await t.gql(ACCEPT, { input: { token, name: '  ', password: ADMIN_PASSWORD } });
    expect(errorOf(nameless)).toMatchObject({ reason: 'REQUIRED', field: 'input.name' });
    const ok = await t.gql(ACCEPT, { input: { token, name: 'Strong', password: ADMIN_PASSWORD } });
    expect(ok.data?.acceptAdminInvite.role).toBe('MANAGER');
  });

  test('bad invitations are coded and write nothing', async () => {
    const invalid = await t.gql(INVITE, { input: { email: 'not-an-email', role: 'VIEWER' } }, owner);
    expect(errorOf(invalid)).toMatchObject({ reason: 'EMAIL_INVALID', field: 'input.email' });
    expect(await invitesOf('not-an-email')).toBe(0);

    const existing = await t.gql(INVITE, { input: { email: owner.email, role: 'VIEWER' } }, owner);
    expect(errorOf(existing)).toMatchObject({ reason: 'ADMIN_ALREADY_EXISTS', field: 'input.email' });
    expect(await invitesOf(owner.email)).toBe(0);

    const email = `role-${unique()}@example.test`;
    const unknownRole = await t.gql(INVITE, { input: { email, role: 'ADMIN' } }, owner);
    expect(errorOf(unknownRole).code).toBe('BAD_USER_INPUT');
    expect(await invitesOf(email)).toBe(0);

    const manager = await signedInAdmin(t, AdminRole.MANAGER);
    const byManager = await t.gql(INVITE, { input: { email, role: 'VIEWER' } }, manager);
    expect(errorOf(byManager)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_FORBIDDEN' });
    const viewer = await signedInAdmin(t, AdminRole.VIEWER);
    const byViewer = await t.gql(INVITE, { input: { email, role: 'VIEWER' } }, viewer);
    expect(errorOf(byViewer)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_FORBIDDEN' });
    expect(await invitesOf(email)).toBe(0);
    expect(await t.orm.em.fork().count(OutboundEmail, { to: email })).toBe(0);
  });

  test('inviting an email again replaces the pending invitation', async () => {
    const email = `twice-${unique()}@example.test`;
    await t.gql(INVITE, { input: { email, role: 'VIEWER' } }, owner);
    const first = await tokenSentTo(email);
    await t.gql(INVITE, { input: { email, role: 'MANAGER' } }, owner);
    const second = await tokenSentTo(email);
    expect(errorOf(await t.gql(INVITATION, { t: first }))).toMatchObject({ reason: 'ADMIN_INVITE_REVOKED' });
    expect((await t.gql(INVITATION, { t: second })).data?.adminInvitation.role).toBe('MANAGER');
  });
});

describe('roles', () => {
  test('a viewer reads everything an admin reads and writes nothing', async () => {
    const viewer = await signedInAdmin(t, AdminRole.VIEWER);
    const read = await t.gql(
      '{ partners(first: 1) { totalCount } programs(first: 1) { totalCount } admins { id } }',
      {},
      viewer,
    );
    expect(read.errors).toBeUndefined();
    const code = `v${unique()}`;
    const write = await t.gql(
      'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
      { input: { code, name: 'By viewer', email: `${code}@example.test` } },
      viewer,
    );
    expect(errorOf(write)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_FORBIDDEN' });
    expect(write.errors?.[0]?.message).toMatch(/VIEWER/);
    expect((await t.gql(`{ partner(code: "${code}") { id } }`, {}, owner)).data?.partner ?? null).toBeNull();
  });

  test('a role change applies at the next request; demoting ends the sessions', async () => {
    const manager = await signedInAdmin(t, AdminRole.MANAGER);
    const promoted = await t.gql(CHANGE_ROLE, { id: manager.id, role: 'OWNER' }, owner);
    expect(promoted.data?.changeAdminRole.role).toBe('OWNER');
    // Promoting keeps the session, and the new role counts at once.
    expect((await t.gql(ME, {}, manager)).data?.me.admin.role).toBe('OWNER');
    expect((await t.gql('{ apiKeys { id } }', {}, manager)).errors).toBeUndefined();

    const demoted = await t.gql(CHANGE_ROLE, { id: manager.id, role: 'VIEWER' }, owner);
    expect(demoted.data?.changeAdminRole.role).toBe('VIEWER');
    expect((await t.gql(ME, {}, manager)).data?.me).toBeNull();
    const signIn = await t.gql(SIGN_IN, { e: manager.email, p: ADMIN_PASSWORD }, { app: 'admin' });
    const again = { cookie: cookieFrom(signIn.headers), app: 'admin' as const };
    expect((await t.gql(ME, {}, again)).data?.me.admin.role).toBe('VIEWER');
  });

  test('removing an admin ends their sessions and frees their email for a new invitation', async () => {
    const viewer = await signedInAdmin(t, AdminRole.VIEWER);
    expect(errorOf(await t.gql(REMOVE, { id: owner.id }, viewer))).toMatchObject({
      reason: 'ROLE_FORBIDDEN',
    });
    expect((await t.gql(REMOVE, { id: viewer.id }, owner)).data?.removeAdmin).toBe(true);
    expect((await t.gql(ME, {}, viewer)).data?.me).toBeNull();
    expect((await t.gql(ADMINS, {}, owner)).data?.admins).not.toContainEqual(
      expect.objectContaining({ id: viewer.id }),
    );
    expect(errorOf(await t.gql(REMOVE, { id: viewer.id }, owner))).toMatchObject({
      reason: 'ADMIN_NOT_FOUND',
    });
    expect(errorOf(await t.gql(REMOVE, { id: 'nope' }, owner))).toMatchObject({ reason: 'ID_INVALID' });
    const reinvite = await t.gql(INVITE, { input: { email: viewer.email, role: 'VIEWER' } }, owner);
    expect(reinvite.errors).toBeUndefined();
  });

  test('the last owner can be neither demoted nor removed; with two owners one may leave', async () => {
    const t2 = await createTestApp();
    try {
      // Only this test's owners: demote every other owner the shared database holds.
      await t2.orm.em.fork().nativeUpdate(AdminUser, { role: AdminRole.OWNER }, { role: AdminRole.MANAGER });
      const only = await signedInAdmin(t2, AdminRole.OWNER);
      const demote = await t2.gql(CHANGE_ROLE, { id: only.id, role: 'MANAGER' }, only);
      expect(errorOf(demote)).toMatchObject({ code: 'CONFLICT', reason: 'LAST_OWNER', field: 'role' });
      const remove = await t2.gql(REMOVE, { id: only.id }, only);
      expect(errorOf(remove)).toMatchObject({ reason: 'LAST_OWNER', field: 'id' });
      expect((await t2.gql(ME, {}, only)).data?.me.admin.role).toBe('OWNER');

      const second = await signedInAdmin(t2, AdminRole.OWNER);
      // Both at once: exactly one of them can step down.
      const both = await Promise.all([
        t2.gql(CHANGE_ROLE, { id: only.id, role: 'MANAGER' }, only),
        t2.gql(CHANGE_ROLE, { id: second.id, role: 'MANAGER' }, second),
      ]);
      expect(both.filter((r) => r.errors === undefined)).toHaveLength(1);
      expect(both.filter((r) => errorOf(r).reason === 'LAST_OWNER')).toHaveLength(1);
      expect(await t2.orm.em.fork().count(AdminUser, { role: AdminRole.OWNER })).toBe(1);
    } finally {
      await t2.close();
    }
  });
});
