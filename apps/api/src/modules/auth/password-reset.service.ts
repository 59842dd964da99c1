import { createHash, randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../errors/app-error.js';
import { assertAcceptablePassword, hashPassword } from '../../common/password.js';
import { type RateLimit } from '../../common/rate-limit.js';
import { type EventBus } from '../../events/event-bus.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { type Mailer } from '../emails/mailer.service.js';
import { type AuthService, type SessionAudience } from './auth.service.js';
import { PasswordResetToken } from './password-reset.entity.js';

/** A reset link works this long. */
export const RESET_TOKEN_TTL_MS = 60 * 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Password reset by an emailed one-time link, for partners and admins. Requesting never tells whether the
 * account exists (the same answer either way, limited per IP); the link's token is random (256 bits), stored
 * only as its SHA-256, expires after an hour and works once. Resetting ends every session of the account
 * (and, through `SESSIONS_ENDED`, its open sockets) and voids its other links.
 */
export class PasswordResetService {
  constructor(
    private readonly auth: AuthService,
    private readonly mailer: Mailer,
    private readonly events: EventBus,
    private readonly limit: RateLimit,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Emails a reset link to the account of `login` (admins: email; partners: email or code), if there is one. */
  async request(em: EntityManager, audience: SessionAudience, login: string, ip: string): Promise<void> {
    await this.limit.consume(ip || 'unknown');
    const key = login.trim().toLowerCase();
    if (!key) fail('REQUIRED', 'Enter your email.', 'login');
    if (key.length > 254) fail('TOO_LONG', 'This is not an email or a partner code.', 'login');
    const queued = await em.transactional(async (tx) => {
      const now = this.now();
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_MS);
      if (audience === 'admin') {
        const admin = await tx.findOne(AdminUser, { email: key });
        if (!admin) return false;
        tx.create(PasswordResetToken, {
          tokenHash: hashToken(token),
          adminUser: admin,
          expiresAt,
          createdAt: now,
        });
        await this.mailer.queuePasswordResetEmail(
          tx,
          { to: admin.email, name: admin.name },
          `${this.mailer.publicUrl}/admin/reset-password?token=${token}`,
        );
        return true;
      }
      const partner = await tx.findOne(
        Partner,
        { $or: [{ email: key }, { code: key }] },
        { populate: ['passwordHash'] },
      );
      // Only partners who may sign in: with portal access, not rejected or suspended.
      if (!partner?.passwordHash || partner.status === 'REJECTED' || partner.status === 'SUSPENDED') {
        return false;
      }
      tx.create(PasswordResetToken, { tokenHash: hashToken(token), partner, expiresAt, createdAt: now });
      await this.mailer.queuePasswordResetEmail(
        tx,
        { to: partner.email, name: partner.name, partner },
        `${this.mailer.publicUrl}/portal/reset-password?token=${token}`,
      );
      return true;
    });
    if (queued) this.mailer.kick();
  }

  /**
   * Sets the new password of the link's account: the link must be known, unused and unexpired
   * (`RESET_TOKEN_INVALID`, field `token`). Ends every session of the account. Returns whose it was.
   */
  async reset(em: EntityManager, token: string, newPassword: string): Promise<SessionAudience> {
    assertAcceptablePassword(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    const owner = await em.transactional(async (tx) => {
      const now = this.now();
      const row = await tx.findOne(
        PasswordResetToken,
        { tokenHash: hashToken(token) },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!row || row.usedAt || row.expiresAt <= now) {
        fail(
          'RESET_TOKEN_INVALID',
          'This reset link is invalid, used or expired; ask for a new one.',
          'token',
        );
      }
      if (row.adminUser) {
        const admin = await tx.findOneOrFail(AdminUser, row.adminUser.id);
        admin.passwordHash = passwordHash;
        await tx.nativeUpdate(PasswordResetToken, { adminUser: admin.id, usedAt: null }, { usedAt: now });
      } else {
        const partner = await tx.findOneOrFail(Partner, row.partner!.id);
        partner.passwordHash = passwordHash;
        await tx.nativeUpdate(PasswordResetToken, { partner: partner.id, usedAt: null }, { usedAt: now });
      }
      row.usedAt = now;
      const ended = row.adminUser ? { adminUserId: row.adminUser.id } : { partnerId: row.partner!.id };
      await this.auth.endAllSessions(tx, ended);
      return ended;
    });
    this.events.publish('SESSIONS_ENDED', owner);
    return owner.adminUserId ? 'admin' : 'partner';
  }
}
