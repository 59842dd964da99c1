import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type EventTopics } from '../../events/event-bus.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { subscribe, until, webSocketUrl } from '../../test-support/live.js';
import { OutboundEmail } from '../emails/outbound-email.entity.js';
import { AuthService, DEMO_ADMIN_EMAIL } from './auth.service.js';
import { PasswordResetToken } from './password-reset.entity.js';
import { ACCOUNT_DELAY, IP_DELAY, SignInThrottle, growingDelayMs } from './sign-in-throttle.js';
import {
  ADMIN_PASSWORD,
  cookieFrom,
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  unique,
  type Caller,
  type TestApp,
} from '../../test-support/test-app.js';

const SIGN_IN_ADMIN = 'mutation($e: String!, $p: String!) { signInAdmin(email: $e, password: $p) { kind } }';
const SIGN_IN_PARTNER =
  'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }';
const ME = '{ me { kind partner { code status } } }';
const PASSWORD = 'partner-pass-1';

let t: TestApp;
let admin: Caller;
const ended: Array<EventTopics['SESSIONS_ENDED']> = [];
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
  const publish = t.events.publish.bind(t.events);
  t.events.publish = (topic, payload) => {
    if (topic === 'SESSIONS_ENDED') ended.push(payload as EventTopics['SESSIONS_ENDED']);
    publish(topic, payload);
  };
});
afterAll(() => t.close());

async function portalSession(login: string, password = PASSWORD): Promise<Caller> {
  const result = await t.gql(SIGN_IN_PARTNER, { l: login, p: password }, { app: 'portal' });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { cookie: cookieFrom(result.headers), app: 'portal' };
}

describe('growing sign-in delays (no lockout)', () => {
  test('the delay policy: free attempts, then doubling, capped', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => growingDelayMs(n, ACCOUNT_DELAY))).toEqual([
      0, 0, 0, 1_000, 2_000, 4_000, 8_000,
    ]);
    expect(growingDelayMs(40, ACCOUNT_DELAY)).toBe(ACCOUNT_DELAY.maxMs);
    expect(growingDelayMs(10, IP_DELAY)).toBe(0);
    expect(growingDelayMs(11, IP_DELAY)).toBe(1_000);
    expect(growingDelayMs(1_000, IP_DELAY)).toBe(IP_DELAY.maxMs);
  });

  test('delays grow per account, alike for an unknown account and a wrong password; success starts over', async () => {
    const waited: number[] = [];
    const auth = new AuthService(
      { idleMs: 60_000, absoluteMs: 3_600_000 },
      undefined,
      undefined,
      new SignInThrottle(undefined, async (ms) => void waited.push(ms)),
    );
    const known = await signedInAdmin(t);
    const attempt = async (email: string, password: string, ip: string) => {
      try {
        await auth.signInAdmin(t.orm.em.fork(), email, password, ip);
        return 'signed in';
      } catch (error) {
        return `${(error as { code?: string }).code}: ${(error as Error).message}`;
      }
    };
    const wrong: string[] = [];
    const unknownAnswers: string[] = [];
    for (let i = 0; i < 5; i += 1) wrong.push(await attempt(known.email, 'wrong-password-1', `10.0.0.${i}`));
    const wrongDelays = waited.splice(0);
    for (let i = 0; i < 5; i += 1) {
      unknownAnswers.push(await attempt(`nobody-${unique()}@example.test`, 'x', `10.1.0.${i}`));
    }
    const unknownPerAccount = waited.splice(0);
    const nobody = `nobody-${unique()}@example.test`;
    for (let i = 0; i < 5; i += 1)
      unknownAnswers.push(await attempt(nobody, 'wrong-password-1', `10.2.0.${i}`));
    const unknownDelays = waited.splice(0);

    expect(wrongDelays).toEqual([1_000, 2_000]); // attempts 4 and 5 (the waits; 1 to 3 wait nothing)
    expect(unknownDelays).toEqual(wrongDelays); // the same delays for an account that does not exist
    expect(unknownPerAccount).toEqual([]); // five different unknown accounts, five IPs
    expect(new Set([...wrong, ...unknownAnswers])).toEqual(
      new Set(['INVALID_CREDENTIALS: The sign-in or the password is wrong.']),
    );

    // The right password still signs in (after the delay it earned): no lockout. Then it starts over.
    expect(await attempt(known.email, ADMIN_PASSWORD, '10.0.0.99')).toBe('signed in');
    expect(waited.splice(0)).toEqual([4_000]);
    expect(await attempt(known.email, 'wrong-password-1', '10.0.0.98')).toMatch(/INVALID_CREDENTIALS/);
    expect(waited.splice(0)).toEqual([]);
  });

  test('delays grow per IP across accounts (password spraying)', async () => {
    const waited: number[] = [];
    const auth = new AuthService(
      { idleMs: 60_000, absoluteMs: 3_600_000 },
      undefined,
      undefined,
      new SignInThrottle(undefined, async (ms) => void waited.push(ms)),
    );
    for (let i = 0; i < 13; i += 1) {
      await auth
        .signInPartner(t.orm.em.fork(), `spray-${i}-${unique()}`, 'password-123', '203.0.113.50')
        .catch(() => undefined);
    }
    expect(waited).toEqual([1_000, 2_000, 4_000]); // attempts 11, 12, 13 from one IP, each on another account
  });

  test('over HTTP, an unknown account and a wrong password get the same answer', async () => {
    const partner = await createPartner(t, admin, { password: PASSWORD });
    const wrong = await t.gql(
      SIGN_IN_PARTNER,
      { l: partner.code, p: 'not-the-password-1' },
      { app: 'portal' },
    );
    const unknown = await t.gql(
      SIGN_IN_PARTNER,
      { l: `ghost${unique()}`, p: 'not-the-password-1' },
      { app: 'portal' },
    );
    expect(wrong.errors).toEqual(unknown.errors);
    expect(errorOf(wrong)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });

  test('a failed sign-in leaves the session the client already has', async () => {
    const partner = await createPartner(t, admin, { password: PASSWORD });
    const portal = await portalSession(partner.code);
    const failed = await t.gql(SIGN_IN_PARTNER, { l: partner.code, p: 'wrong-password-1' }, portal);
    expect(errorOf(failed).reason).toBe('INVALID_CREDENTIALS');
    expect((await t.gql(ME, {}, portal)).data?.me.kind).toBe('PARTNER');
    const failedAdmin = await t.gql(SIGN_IN_ADMIN, { e: 'nobody@example.test', p: 'x' }, admin);
    expect(errorOf(failedAdmin).reason).toBe('INVALID_CREDENTIALS');
    expect((await t.gql(ME, {}, admin)).data?.me.kind).toBe('ADMIN');
  });
});

describe('who may sign in', () => {
  test('a suspended partner cannot sign in, and suspending ends their sessions', async () => {
    const partner = await createPartner(t, admin, { password: PASSWORD });
    const portal = await portalSession(partner.code);
    ended.length = 0;
    const suspend = await t.gql(
      'mutation($id: ID!) { updatePartner(id: $id, input: { status: SUSPENDED }) { status } }',
      { id: partner.id },
      admin,
    );
    expect(suspend.errors).toBeUndefined();
    expect(ended).toEqual([{ partnerId: partner.id }]);
    expect((await t.gql(ME, {}, portal)).data?.me).toBeNull();
    expect((await t.gql('{ myCommissions { totalCount } }', {}, portal)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const again = await t.gql(SIGN_IN_PARTNER, { l: partner.code, p: PASSWORD }, { app: 'portal' });
    expect(errorOf(again)).toEqual({ code: 'FORBIDDEN', reason: 'PARTNER_SUSPENDED' });
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  test('an admin setting the password ends the partner’s sessions', async () => {
    const partner = await createPartner(t, admin, { password: PASSWORD });
    const portal = await portalSession(partner.code);
    ended.length = 0;
    await t.gql(
      'mutation($id: ID!) { updatePartner(id: $id, input: { password: "a-new-password-2" }) { id } }',
      { id: partner.id },
      admin,
    );
    expect(ended).toEqual([{ partnerId: partner.id }]);
    expect((await t.gql(ME, {}, portal)).data?.me).toBeNull();
    expect((await portalSession(partner.code, 'a-new-password-2')).cookie).toBeTruthy();
  });

  test('a pending applicant reads its status, changes nothing but its password; rejecting ends its session', async () => {
    const partner = await createPartner(t, admin, { password: PASSWORD, status: 'PENDING' });
    const portal = await portalSession(partner.code);
    expect((await t.gql(ME, {}, portal)).data?.me.partner).toEqual({ code: partner.code, status: 'PENDING' });
    const edit = await t.gql('mutation { updateMyProfile(input: { name: "Changed" }) { name } }', {}, portal);
    expect(errorOf(edit)).toEqual({ code: 'FORBIDDEN', reason: 'PARTNER_PENDING' });
    // Over the WebSocket too (graphql-ws runs mutations; Apollo's plugins do not see them).
    const overSocket = subscribe(
      await webSocketUrl(t),
      portal,
      'mutation { updateMyProfile(input: { name: "Over the socket" }) { name } }',
    );
    await until(() => overSocket.errors.length > 0, 'the refusal');
    expect(JSON.stringify(overSocket.errors)).toContain('PARTNER_PENDING');
    await overSocket.stop();
    const stored = await t.orm.em.fork().findOneOrFail(Partner, { id: partner.id });
    expect(stored.name).not.toMatch(/Changed|Over the socket/);
    const change = await t.gql(
      'mutation { changeMyPassword(currentPassword: "partner-pass-1", newPassword: "pending-pass-22") }',
      {},
      portal,
    );
    expect(change.data?.changeMyPassword).toBe(true);
    ended.length = 0;
    await t.gql(
      'mutation($ids: [ID!]!) { rejectPartners(ids: $ids) { status } }',
      { ids: [partner.id] },
      admin,
    );
    expect(ended).toEqual([{ partnerId: partner.id }]);
    expect((await t.gql(ME, {}, portal)).data?.me).toBeNull();
  });
});

describe('password reset by an emailed one-time link', () => {
  async function resetLinkFor(to: string): Promise<string> {
    const email = await t.orm.em
      .fork()
      .findOneOrFail(OutboundEmail, { to, kind: 'PASSWORD_RESET' }, { orderBy: { createdAt: 'desc' } });
    return /token=([A-Za-z0-9_-]+)/.exec(email.body)![1]!;
  }
  const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';

  test('a partner resets once; every session ends; the token is stored hashed; a second use is refused', async () => {
    const partner = await createPartner(t, admin, { password: PASSWORD });
    const [one, two] = [await portalSession(partner.code), await portalSession(partner.email)];
    const request = await t.gql('mutation($l: String!) { requestPartnerPasswordReset(login: $l) }', {
      l: partner.email.toUpperCase(),
    });
    expect(request.data?.requestPartnerPasswordReset).toBe(true);
    const token = await resetLinkFor(partner.email);
    const stored = await t.orm.em.fork().find(PasswordResetToken, { partner: partner.id });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);

    expect(errorOf(await t.gql(RESET, { t: token, p: 'short' }))).toMatchObject({ reason: 'PASSWORD_WEAK' });
    ended.length = 0;
    expect((await t.gql(RESET, { t: token, p: 'reset-password-3' })).data?.resetPassword).toBe(true);
    expect(ended).toEqual([{ partnerId: partner.id }]);
    expect((await t.gql(ME, {}, one)).data?.me).toBeNull();
    expect((await t.gql(ME, {}, two)).data?.me).toBeNull();
    expect((await portalSession(partner.code, 'reset-password-3')).cookie).toBeTruthy();
    expect(errorOf(await t.gql(RESET, { t: token, p: 'reset-password-4' }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'RESET_TOKEN_INVALID',
      field: 'token',
    });
  });

  test('an expired link, an unknown token: refused, the password stays', async () => {
    const partner = await createPartner(t, admin, { password: PASSWORD });
    await t.gql('mutation($l: String!) { requestPartnerPasswordReset(login: $l) }', { l: partner.code });
    const token = await resetLinkFor(partner.email);
    await t.orm.em
      .fork()
      .nativeUpdate(PasswordResetToken, { partner: partner.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(errorOf(await t.gql(RESET, { t: token, p: 'reset-password-5' })).reason).toBe(
      'RESET_TOKEN_INVALID',
    );
    expect(errorOf(await t.gql(RESET, { t: 'no-such-token', p: 'reset-password-5' })).reason).toBe(
      'RESET_TOKEN_INVALID',
    );
    expect((await portalSession(partner.code)).cookie).toBeTruthy();
  });

  test('admins too; an unknown account gets the same answer and no email', async () => {
    const other = await signedInAdmin(t);
    const before = await t.orm.em.fork().count(OutboundEmail, { kind: 'PASSWORD_RESET' });
    const unknown = await t.gql('mutation($e: String!) { requestAdminPasswordReset(email: $e) }', {
      e: `ghost-${unique()}@example.test`,
    });
    expect(unknown.data).toEqual({ requestAdminPasswordReset: true });
    expect(await t.orm.em.fork().count(OutboundEmail, { kind: 'PASSWORD_RESET' })).toBe(before);
    const known = await t.gql('mutation($e: String!) { requestAdminPasswordReset(email: $e) }', {
      e: other.email,
    });
    expect(known.data).toEqual(unknown.data);
    const token = await resetLinkFor(other.email);
    expect((await t.gql(RESET, { t: token, p: 'admin-reset-pass-6' })).data?.resetPassword).toBe(true);
    expect((await t.gql(ME, {}, other)).data?.me).toBeNull();
    const signIn = await t.gql(SIGN_IN_ADMIN, { e: other.email, p: 'admin-reset-pass-6' }, { app: 'admin' });
    expect(signIn.errors).toBeUndefined();
  });

  test('requests are limited per IP', async () => {
    const limited = await createTestApp({ PASSWORD_RESET_RATE_LIMIT: '2' });
    try {
      const answers = [];
      for (let i = 0; i < 3; i += 1) {
        answers.push(
          errorOf(
            await limited.gql('mutation { requestPartnerPasswordReset(login: "someone@example.test") }'),
          ).reason ?? 'ok',
        );
      }
      expect(answers).toEqual([undefined, undefined, 'RATE_LIMITED'].map((a) => a ?? 'ok'));
    } finally {
      await limited.close();
    }
  });
});

describe('demo credentials', () => {
  test('serverInfo.demo is true only while the demo admin exists', async () => {
    const em = t.orm.em.fork();
    const had = (await em.count(AdminUser, { email: DEMO_ADMIN_EMAIL })) > 0;
    if (!had) {
      expect((await t.gql('{ serverInfo { demo } }')).data).toEqual({ serverInfo: { demo: false } });
      em.create(AdminUser, { email: DEMO_ADMIN_EMAIL, name: 'Demo', passwordHash: 'x' });
      await em.flush();
    }
    expect((await t.gql('{ serverInfo { demo } }')).data).toEqual({ serverInfo: { demo: true } });
    if (!had) await em.fork().nativeDelete(AdminUser, { email: DEMO_ADMIN_EMAIL });
  });
});
