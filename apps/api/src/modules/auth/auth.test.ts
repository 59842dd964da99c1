import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuthService, hashSessionToken } from './auth.service.js';
import { Session } from './session.entity.js';
import {
  ADMIN_PASSWORD,
  cookieFrom,
  createPartner,
  errorOf,
  signedInAdmin,
  unique,
  createTestApp,
  type TestApp,
} from '../../test-support/test-app.js';

const SIGN_IN_ADMIN =
  'mutation($e: String!, $p: String!) { signInAdmin(email: $e, password: $p) { kind admin { email } } }';
const SIGN_IN_PARTNER =
  'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind partner { code } } }';
const ME = '{ me { kind admin { email } partner { code } scopes } }';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('admin sign-in', () => {
  test('sets an HttpOnly SameSite session cookie and `me` answers with the admin', async () => {
    const admin = await signedInAdmin(t);
    const me = await t.gql(ME, {}, admin);
    expect(me.data?.me).toMatchObject({ kind: 'ADMIN', admin: { email: admin.email } });

    const again = await t.gql(SIGN_IN_ADMIN, { e: admin.email, p: ADMIN_PASSWORD }, { app: 'admin' });
    const setCookie = String(again.headers['set-cookie']);
    expect(setCookie).toMatch(/^pk_admin_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  test('issues a new session id at every sign-in and ends the one it replaces', async () => {
    const admin = await signedInAdmin(t);
    const second = await t.gql(SIGN_IN_ADMIN, { e: admin.email, p: ADMIN_PASSWORD }, admin);
    const secondCookie = cookieFrom(second.headers);
    expect(secondCookie).not.toEqual(admin.cookie);
    expect((await t.gql(ME, {}, admin)).data?.me).toBeNull();
    expect((await t.gql(ME, {}, { cookie: secondCookie, app: 'admin' })).data?.me).toMatchObject({
      kind: 'ADMIN',
    });
  });

  test('a wrong password or unknown email is UNAUTHENTICATED and sets no cookie', async () => {
    const admin = await signedInAdmin(t);
    for (const [email, password] of [
      [admin.email, 'wrong-password-1'],
      [`nobody-${unique()}@example.test`, ADMIN_PASSWORD],
    ]) {
      const result = await t.gql(SIGN_IN_ADMIN, { e: email, p: password }, { app: 'admin' });
      expect(errorOf(result)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      expect(result.headers['set-cookie']).toBeUndefined();
    }
  });

  test('sign-out ends the session', async () => {
    const admin = await signedInAdmin(t);
    const out = await t.gql('mutation { signOut }', {}, admin);
    expect(out.data?.signOut).toBe(true);
    expect(String(out.headers['set-cookie'])).toMatch(/pk_admin_session=;/);
    expect((await t.gql(ME, {}, admin)).data?.me).toBeNull();
  });

  test('the session cookie is Secure in production', async () => {
    const production = await createTestApp({ NODE_ENV: 'production' });
    try {
      const admin = await signedInAdmin(production);
      const again = await production.gql(
        SIGN_IN_ADMIN,
        { e: admin.email, p: ADMIN_PASSWORD },
        { app: 'admin' },
      );
      expect(String(again.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await production.close();
    }
  });
});

describe('partner sign-in', () => {
  test('with email or partner code, and the portal cookie does not replace the admin one', async () => {
    const admin = await signedInAdmin(t);
    const partner = await createPartner(t, admin, { password: 'partner-pass-1' });
    for (const login of [partner.email, partner.code.toUpperCase()]) {
      const result = await t.gql(SIGN_IN_PARTNER, { l: login, p: 'partner-pass-1' }, { app: 'portal' });
      expect(result.data?.signInPartner).toMatchObject({ kind: 'PARTNER', partner: { code: partner.code } });
      expect(String(result.headers['set-cookie'])).toMatch(/^pk_partner_session=/);
    }
    const both = `${admin.cookie}; ${cookieFrom(
      (await t.gql(SIGN_IN_PARTNER, { l: partner.code, p: 'partner-pass-1' }, { app: 'portal' })).headers,
    )}`;
    expect((await t.gql(ME, {}, { cookie: both, app: 'admin' })).data?.me.kind).toBe('ADMIN');
    expect((await t.gql(ME, {}, { cookie: both, app: 'portal' })).data?.me.kind).toBe('PARTNER');
  });

  test('a partner without portal access cannot sign in', async () => {
    const admin = await signedInAdmin(t);
    const partner = await createPartner(t, admin);
    const result = await t.gql(
      SIGN_IN_PARTNER,
      { l: partner.code, p: 'anything-at-all-1' },
      { app: 'portal' },
    );
    expect(errorOf(result).code).toBe('UNAUTHENTICATED');
  });
});

describe('role checks', () => {
  test('no session: admin operations are UNAUTHENTICATED and write nothing', async () => {
    const code = `anon${unique()}`;
    const result = await t.gql(
      'mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }',
      { i: { code, name: 'X', email: `${code}@example.test` } },
      { app: 'admin' },
    );
    expect(errorOf(result)).toMatchObject({ code: 'UNAUTHENTICATED' });
    const admin = await signedInAdmin(t);
    const found = await t.gql('query($c: String!) { partner(code: $c) { id } }', { c: code }, admin);
    expect(errorOf(found).code).toBe('NOT_FOUND');
  });

  test('a partner calling admin queries and mutations is FORBIDDEN', async () => {
    const admin = await signedInAdmin(t);
    const partner = await createPartner(t, admin, { password: 'partner-pass-1' });
    const signIn = await t.gql(SIGN_IN_PARTNER, { l: partner.code, p: 'partner-pass-1' }, { app: 'portal' });
    const portal = { cookie: cookieFrom(signIn.headers), app: 'portal' as const };
    expect(errorOf(await t.gql('{ partners { totalCount } }', {}, portal)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql('{ apiKeys { id } }', {}, portal)).code).toBe('FORBIDDEN');
    const update = await t.gql(
      'mutation($id: ID!) { updatePartner(id: $id, input: { name: "Hacked" }) { name } }',
      { id: partner.id },
      portal,
    );
    expect(errorOf(update).code).toBe('FORBIDDEN');
    const me = await t.gql('{ me { partner { name } } }', {}, portal);
    expect(me.data?.me.partner.name).not.toBe('Hacked');
  });

  test('a partner cannot read another partner through their own parent', async () => {
    const admin = await signedInAdmin(t);
    const parent = await createPartner(t, admin);
    const child = await createPartner(t, admin, { parentCode: parent.code, password: 'partner-pass-1' });
    const signIn = await t.gql(SIGN_IN_PARTNER, { l: child.code, p: 'partner-pass-1' }, { app: 'portal' });
    const portal = { cookie: cookieFrom(signIn.headers), app: 'portal' as const };
    const result = await t.gql('{ me { partner { code parent { email } } } }', {}, portal);
    expect(errorOf(result).code).toBe('FORBIDDEN');
    expect(JSON.stringify(result)).not.toContain(parent.email);
  });
});

describe('session timeouts', () => {
  test('idle and absolute timeouts end a session', async () => {
    const admin = await signedInAdmin(t);
    const token = decodeURIComponent(admin.cookie!.split('=')[1]!);
    const em = t.orm.em.fork();
    let now = new Date();
    const auth = new AuthService({ idleMs: 60 * 60_000, absoluteMs: 24 * 3_600_000 }, () => now);
    expect(await auth.resolveActor(em, { sessionToken: token })).toMatchObject({ kind: 'admin' });

    now = new Date(Date.now() + 61 * 60_000); // idle for 61 minutes
    expect(await auth.resolveActor(em, { sessionToken: token })).toEqual({ kind: 'anonymous' });
    expect(await em.count(Session, { tokenHash: hashSessionToken(token) })).toBe(0);

    const fresh = await signedInAdmin(t);
    const freshToken = decodeURIComponent(fresh.cookie!.split('=')[1]!);
    const session = await em.findOneOrFail(Session, { tokenHash: hashSessionToken(freshToken) });
    session.expiresAt = new Date(Date.now() - 1000); // past its absolute end although active
    await em.flush();
    now = new Date();
    expect(await auth.resolveActor(em.fork(), { sessionToken: freshToken })).toEqual({ kind: 'anonymous' });
  });
});

describe('SPAs on other origins', () => {
  test('CORS_ORIGINS allows those origins with credentials and makes cookies SameSite=None; Secure', async () => {
    const cors = await createTestApp({ CORS_ORIGINS: 'https://admin.example.com' });
    try {
      const preflight = await cors.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: {
          origin: 'https://admin.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-partnerkit-app',
        },
      });
      expect(preflight.headers['access-control-allow-origin']).toBe('https://admin.example.com');
      expect(preflight.headers['access-control-allow-credentials']).toBe('true');
      const stranger = await cors.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
      });
      expect(stranger.headers['access-control-allow-origin']).toBeUndefined();

      const admin = await signedInAdmin(cors);
      const again = await cors.gql(SIGN_IN_ADMIN, { e: admin.email, p: ADMIN_PASSWORD }, { app: 'admin' });
      expect(String(again.headers['set-cookie'])).toMatch(/SameSite=None/);
      expect(String(again.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await cors.close();
    }
  });
});

describe('changing the password', () => {
  test('needs the current password, checks the new one, and ends the other sessions only', async () => {
    const admin = await signedInAdmin(t);
    const partner = await createPartner(t, admin, { password: 'partner-pass-1' });
    const first = await t.gql(SIGN_IN_PARTNER, { l: partner.code, p: 'partner-pass-1' }, { app: 'portal' });
    const second = await t.gql(SIGN_IN_PARTNER, { l: partner.code, p: 'partner-pass-1' }, { app: 'portal' });
    const here = { cookie: cookieFrom(first.headers), app: 'portal' as const };
    const elsewhere = { cookie: cookieFrom(second.headers), app: 'portal' as const };
    const CHANGE =
      'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';

    expect(errorOf(await t.gql(CHANGE, { c: 'wrong-password-9', n: 'new-partner-pass-2' }, here))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'CURRENT_PASSWORD_WRONG',
      field: 'currentPassword',
    });
    expect(errorOf(await t.gql(CHANGE, { c: 'partner-pass-1', n: 'short' }, here))).toMatchObject({
      reason: 'PASSWORD_WEAK',
      field: 'newPassword',
    });
    expect(
      (await t.gql(CHANGE, { c: 'partner-pass-1', n: 'new-partner-pass-2' }, here)).data?.changeMyPassword,
    ).toBe(true);

    expect((await t.gql(ME, {}, here)).data?.me.kind).toBe('PARTNER');
    expect((await t.gql(ME, {}, elsewhere)).data?.me).toBeNull();
    expect(
      errorOf(await t.gql(SIGN_IN_PARTNER, { l: partner.code, p: 'partner-pass-1' }, { app: 'portal' })).code,
    ).toBe('UNAUTHENTICATED');
    expect(
      (await t.gql(SIGN_IN_PARTNER, { l: partner.code, p: 'new-partner-pass-2' }, { app: 'portal' })).errors,
    ).toBeUndefined();
  });
});
