import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type PartnerStatus } from '@partnerkit/domain';
import { AppError } from '../../errors/app-error.js';
import { Partner } from '../../kernel/partner.entity.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { ApiKeyService } from '../api-keys/api-key.service.js';
import { type Actor, type AdminRoleName } from '../../graphql/actor.js';
import { plainRows } from '../../database/plain-statements.js';
import {
  assertAcceptablePassword,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
} from '../../common/password.js';
import { PartnerView } from './partner-view.entity.js';
import { Session } from './session.entity.js';
import { SignInThrottle } from './sign-in-throttle.js';

/** The demo admin of `pnpm start` (seed/seed.ts): while it exists, the server runs on demo data. */
export const DEMO_ADMIN_EMAIL = 'admin@partnerkit.test';

export type SessionAudience = 'admin' | 'partner';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

const TOUCH_EVERY_MS = 60_000;

/** A session with what the caller's actor needs of its admin, partner and view (`resolveActor`). */
interface SessionRow {
  token_hash: string;
  expires_at: string;
  last_seen_at: string;
  admin_user_id: string | null;
  admin_role: AdminRoleName | null;
  partner_id: string | null;
  partner_status: PartnerStatus | null;
  viewed_by_admin_id: string | null;
}
const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'The sign-in or the password is wrong.');

const wrongCurrentPassword = () =>
  new AppError('CURRENT_PASSWORD_WRONG', 'The current password is wrong.', 'currentPassword');

export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sign-in, sign-out and resolving the caller of a request (session cookie or API key). */
export class AuthService {
  constructor(
    private readonly policy: SessionPolicy,
    private readonly now: () => Date = () => new Date(),
    private readonly apiKeys = new ApiKeyService(),
    /** Growing delays per account and per IP (see `sign-in-throttle.ts`). */
    readonly throttle = new SignInThrottle(),
  ) {}

  /**
   * Checks an admin's email and password and opens a new session (a new id at every sign-in). An unknown
   * email and a wrong password take the same path (throttle, one password check) and get the same answer.
   */
  async signInAdmin(em: EntityManager, email: string, password: string, ip = '') {
    const login = email.trim().toLowerCase();
    await this.throttle.attempt(`admin:${login}`, ip);
    const admin = await em.findOne(AdminUser, { email: login }, { populate: ['passwordHash'] });
    if (!admin) throw (await verifyAgainstDummy(password), invalidCredentials());
    if (!(await verifyPassword(admin.passwordHash, password))) throw invalidCredentials();
    await this.throttle.succeeded(`admin:${login}`, ip);
    const session = await this.open(em, { adminUser: admin });
    return { admin, session };
  }

  /**
   * A partner signs in with their email or partner code. Only partners with portal access may, and only
   * ACTIVE ones, or PENDING applicants (read-only, see `operation-guard.plugin.ts`); suspended and rejected
   * partners are told so once their password is right. Throttled like admins.
   */
  async signInPartner(em: EntityManager, login: string, password: string, ip = '') {
    const key = login.trim().toLowerCase();
    const partner = await em.findOne(
      Partner,
      { $or: [{ email: key }, { code: key }] },
      { populate: ['passwordHash'] },
    );
    // One count per account, whichever of its names (email, code) is used; unknown logins by their text.
    const account = `partner:${partner?.id ?? key}`;
    await this.throttle.attempt(account, ip);
    if (!partner?.passwordHash) throw (await verifyAgainstDummy(password), invalidCredentials());
    if (!(await verifyPassword(partner.passwordHash, password))) throw invalidCredentials();
    await this.throttle.succeeded(account, ip);
    if (partner.status === 'REJECTED') {
      throw new AppError('PARTNER_REJECTED', 'This partner application was not accepted.');
    }
    if (partner.status === 'SUSPENDED') {
      throw new AppError('PARTNER_SUSPENDED', 'This partner account is suspended.');
    }
    const session = await this.open(em, { partner });
    return { partner, session };
  }

  /** Whether the server runs on the demo data (its demo admin exists): sign-in pages then show the demo accounts. */
  async demoDataPresent(em: EntityManager): Promise<boolean> {
    return (await em.count(AdminUser, { email: DEMO_ADMIN_EMAIL })) > 0;
  }

  /**
   * Ends the session of `token` (no error when it is already gone). A "view as partner" ends with it: the
   * view session itself ("End view"), or every view the admin session started (the database deletes their
   * sessions with it); the views' records note when.
   */
  async signOut(em: EntityManager, token: string | undefined): Promise<void> {
    if (!token) return;
    const tokenHash = hashSessionToken(token);
    const session = await em.findOne(Session, { tokenHash }, { fields: ['partnerView'] });
    await em.nativeUpdate(
      PartnerView,
      session?.partnerView
        ? { id: session.partnerView.id, endedAt: null }
        : { adminSessionHash: tokenHash, endedAt: null },
      { endedAt: this.now() },
    );
    await em.nativeDelete(Session, { tokenHash });
  }

  /**
   * A signed-in admin or partner changes their password, proving the current one. Every other session of
   * theirs ends (a stolen session does not survive the change); the current one stays.
   */
  async changePassword(
    em: EntityManager,
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    currentToken: string | undefined,
  ): Promise<void> {
    assertAcceptablePassword(newPassword, 'newPassword');
    const keep = currentToken ? hashSessionToken(currentToken) : '';
    if (actor.kind === 'admin') {
      const admin = await em.findOneOrFail(AdminUser, actor.adminUserId, { populate: ['passwordHash'] });
      if (!(await verifyPassword(admin.passwordHash, currentPassword))) throw wrongCurrentPassword();
      admin.passwordHash = await hashPassword(newPassword);
      await em.flush();
      await em.nativeDelete(Session, { adminUser: admin.id, tokenHash: { $ne: keep } });
    } else if (actor.kind === 'partner') {
      const partner = await em.findOneOrFail(Partner, actor.partnerId, { populate: ['passwordHash'] });
      if (!partner.passwordHash || !(await verifyPassword(partner.passwordHash, currentPassword))) {
        throw wrongCurrentPassword();
      }
      partner.passwordHash = await hashPassword(newPassword);
      await em.flush();
      await em.nativeDelete(Session, { partner: partner.id, tokenHash: { $ne: keep } });
    } else {
      throw new AppError('FORBIDDEN', 'Only a signed-in person has a password.');
    }
  }

  /** Ends every session of a partner or admin (after a password change, suspension, ...). */
  async endAllSessions(em: EntityManager, owner: { partnerId?: string; adminUserId?: string }) {
    if (owner.partnerId) await em.nativeDelete(Session, { partner: owner.partnerId });
    if (owner.adminUserId) await em.nativeDelete(Session, { adminUser: owner.adminUserId });
  }

  /**
   * Resolves the caller: an `Authorization: Bearer` API key wins; otherwise the session token of the
   * audience the client asked for. An unknown, revoked, idle or expired credential is anonymous; a bad
   * API key is an error (a third party should learn its key is wrong, not get empty results).
   */
  async resolveActor(
    em: EntityManager,
    credentials: { bearer?: string | undefined; sessionToken?: string | undefined },
  ): Promise<Actor> {
    if (credentials.bearer !== undefined)
      return this.apiKeys.authenticate(em, credentials.bearer, this.now());
    if (!credentials.sessionToken) return { kind: 'anonymous' };
    // Every signed-in request passes here: one plain statement (it travels with the other plain reads of the
    // same turn), no entities.
    const [session] = await plainRows<SessionRow>(
      em,
      `select s.token_hash, s.expires_at, s.last_seen_at, s.admin_user_id, a.role as admin_role, s.partner_id,
         p.status as partner_status, v.admin_user_id as viewed_by_admin_id
       from sessions s
         left join admin_users a on a.id = s.admin_user_id
         left join partners p on p.id = s.partner_id
         left join partner_views v on v.id = s.partner_view_id
       where s.token_hash = ?`,
      [hashSessionToken(credentials.sessionToken)],
    );
    if (!session) return { kind: 'anonymous' };
    const now = this.now();
    // The driver hands timestamps over as text (the ORM's setting).
    const lastSeenAt = new Date(session.last_seen_at);
    // An admin's read-only view shows a suspended or rejected partner's portal too.
    const partnerLocked =
      session.viewed_by_admin_id === null &&
      (session.partner_status === 'SUSPENDED' || session.partner_status === 'REJECTED');
    if (
      partnerLocked ||
      new Date(session.expires_at) <= now ||
      now.getTime() - lastSeenAt.getTime() > this.policy.idleMs
    ) {
      await em.nativeDelete(Session, { tokenHash: session.token_hash });
      return { kind: 'anonymous' };
    }
    if (now.getTime() - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await em.nativeUpdate(Session, { tokenHash: session.token_hash }, { lastSeenAt: now });
    }
    if (session.admin_user_id !== null && session.admin_role !== null) {
      return { kind: 'admin', adminUserId: session.admin_user_id, role: session.admin_role };
    }
    if (session.partner_id !== null && session.partner_status !== null) {
      return {
        kind: 'partner',
        partnerId: session.partner_id,
        ...(session.partner_status === 'PENDING' && { pending: true }),
        ...(session.viewed_by_admin_id !== null && { viewedByAdminId: session.viewed_by_admin_id }),
      };
    }
    return { kind: 'anonymous' };
  }

  private async open(
    em: EntityManager,
    owner: { adminUser?: AdminUser; partner?: Partner },
  ): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const expiresAt = new Date(now.getTime() + this.policy.absoluteMs);
    const session = em.create(Session, {
      tokenHash: hashSessionToken(token),
      adminUser: owner.adminUser ?? null,
      partner: owner.partner ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });
    await em.persistAndFlush(session);
    return { token, expiresAt };
  }
}
