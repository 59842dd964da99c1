import { createHash, randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../errors/app-error.js';
import { normalizeEmail } from '../../common/email.js';
import { requiredText } from '../../common/text.js';
import { parseId } from '../../common/ids.js';
import { assertAcceptablePassword, hashPassword } from '../../common/password.js';
import { type EventBus } from '../../events/event-bus.js';
import { AdminRole, AdminUser } from '../../kernel/admin-user.entity.js';
import { type AuthService } from '../auth/auth.service.js';
import { type Mailer } from '../emails/mailer.service.js';
import { AdminInvite } from './admin-invite.entity.js';

/** An invitation link works this long. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60_000;

const RANK: Record<AdminRole, number> = { VIEWER: 1, MANAGER: 2, OWNER: 3 };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The admin team: who runs the program and with which role, and the invitations of new admins. A program
 * always keeps an owner (`LAST_OWNER`): every change that could take the last one away first locks the
 * owners' rows, so two owners demoting each other at once cannot both succeed. Demoting or removing an
 * admin ends their sessions (the role is read at every request anyway).
 */
export class TeamService {
  constructor(
    private readonly auth: AuthService,
    private readonly mailer: Mailer,
    private readonly events: EventBus,
    private readonly now: () => Date = () => new Date(),
  ) {}

  admins(em: EntityManager): Promise<AdminUser[]> {
    return em.find(AdminUser, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** The invitations still waiting: not accepted, not revoked, not expired. */
  pendingInvites(em: EntityManager): Promise<AdminInvite[]> {
    return em.find(
      AdminInvite,
      { acceptedAt: null, revokedAt: null, expiresAt: { $gt: this.now() } },
      { orderBy: { createdAt: 'desc', id: 'asc' } },
    );
  }

  /**
   * An owner invites `email` as `role`: the email with the one-time link goes to the outbox. Inviting an
   * email that has a pending invitation replaces it (the old link stops working).
   */
  async invite(em: EntityManager, ownerId: string, rawEmail: string, role: AdminRole): Promise<AdminInvite> {
    const email = normalizeEmail(rawEmail, 'input.email');
    const token = randomBytes(32).toString('base64url');
    const invite = await em.transactional(async (tx) => {
      if (await tx.count(AdminUser, { email })) {
        fail('ADMIN_ALREADY_EXISTS', 'An admin with this email exists already.', 'input.email');
      }
      const owner = await tx.findOneOrFail(AdminUser, ownerId);
      const now = this.now();
      await tx.nativeUpdate(
        AdminInvite,
        { email, acceptedAt: null, revokedAt: null },
        { revokedAt: now, updatedAt: now },
      );
      const created = tx.create(AdminInvite, {
        email,
        role,
        tokenHash: hashToken(token),
        invitedBy: owner,
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
        createdAt: now,
        updatedAt: now,
      });
      await this.mailer.queueAdminInviteEmail(
        tx,
        { to: email, role, invitedBy: owner.name },
        `${this.mailer.publicUrl}/admin/accept-invite?token=${token}`,
      );
      return created;
    });
    this.mailer.kick();
    return invite;
  }

  async revokeInvite(em: EntityManager, id: string): Promise<AdminInvite> {
    return em.transactional(async (tx) => {
      const invite = await tx.findOne(
        AdminInvite,
        { id: parseId(id) },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!invite) fail('ADMIN_INVITE_NOT_FOUND', 'Invitation not found.', 'id');
      if (invite.acceptedAt) fail('ADMIN_INVITE_USED', 'This invitation was accepted already.', 'id');
      invite.revokedAt ??= this.now();
      return invite;
    });
  }

  /** What a valid link invites to (the accept page shows it). */
  async invitation(em: EntityManager, token: string): Promise<AdminInvite> {
    return this.usable(await em.findOne(AdminInvite, { tokenHash: hashToken(token) }));
  }

  /** The invitee chooses a name and password: the admin exists from now on, with the invited role. */
  async accept(em: EntityManager, token: string, rawName: string, password: string): Promise<AdminUser> {
    const name = requiredText(rawName, 'input.name', 200);
    assertAcceptablePassword(password, 'input.password');
    const passwordHash = await hashPassword(password);
    return em.transactional(async (tx) => {
      const invite = this.usable(
        await tx.findOne(
          AdminInvite,
          { tokenHash: hashToken(token) },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        ),
      );
      if (await tx.count(AdminUser, { email: invite.email })) {
        fail('ADMIN_ALREADY_EXISTS', 'An admin with this email exists already.', 'input.token');
      }
      invite.acceptedAt = this.now();
      return tx.create(AdminUser, { email: invite.email, name, role: invite.role, passwordHash });
    });
  }

  /** An owner changes an admin's role. Demoting ends the admin's sessions. */
  async changeRole(em: EntityManager, adminId: string, role: AdminRole): Promise<AdminUser> {
    const { admin, demoted } = await em.transactional(async (tx) => {
      const owners = await this.lockOwners(tx);
      const target = await this.find(tx, adminId);
      const demoted = RANK[role] < RANK[target.role as AdminRole];
      if (target.role === AdminRole.OWNER && role !== AdminRole.OWNER) {
        this.keepAnOwner(owners, target.id, 'role');
      }
      target.role = role;
      await tx.flush();
      if (demoted) await this.auth.endAllSessions(tx, { adminUserId: target.id });
      return { admin: target, demoted };
    });
    if (demoted) this.events.publish('SESSIONS_ENDED', { adminUserId: admin.id });
    return admin;
  }

  /** An owner removes an admin (themselves too, while another owner remains); their sessions end. */
  async remove(em: EntityManager, adminId: string): Promise<boolean> {
    await em.transactional(async (tx) => {
      const owners = await this.lockOwners(tx);
      const target = await this.find(tx, adminId);
      if (target.role === AdminRole.OWNER) this.keepAnOwner(owners, target.id, 'id');
      await this.auth.endAllSessions(tx, { adminUserId: target.id });
      await tx.nativeUpdate(AdminInvite, { invitedBy: target.id }, { invitedBy: null });
      await tx.nativeDelete(AdminUser, { id: target.id });
    });
    this.events.publish('SESSIONS_ENDED', { adminUserId: adminId });
    return true;
  }

  private lockOwners(tx: EntityManager): Promise<AdminUser[]> {
    return tx.find(
      AdminUser,
      { role: AdminRole.OWNER },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
  }

  private keepAnOwner(owners: AdminUser[], leavingId: string, field: string): void {
    if (!owners.some((owner) => owner.id !== leavingId)) {
      fail('LAST_OWNER', 'The program needs an owner: make another admin owner first.', field);
    }
  }

  private async find(tx: EntityManager, adminId: string): Promise<AdminUser> {
    const admin = await tx.findOne(AdminUser, { id: parseId(adminId) });
    if (!admin) fail('ADMIN_NOT_FOUND', 'Admin not found.', 'id');
    return admin;
  }

  private usable(invite: AdminInvite | null): AdminInvite {
    if (!invite) fail('ADMIN_INVITE_INVALID', 'This invitation link is not valid.', 'token');
    if (invite.acceptedAt)
      fail('ADMIN_INVITE_USED', 'This invitation was accepted already; sign in.', 'token');
    if (invite.revokedAt) fail('ADMIN_INVITE_REVOKED', 'This invitation was withdrawn.', 'token');
    if (invite.expiresAt <= this.now()) {
      fail('ADMIN_INVITE_EXPIRED', 'This invitation has expired; ask for a new one.', 'token');
    }
    return invite;
  }
}
