import { randomBytes } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { hashSessionToken, type IssuedSession } from './auth.service.js';
import { PartnerView } from './partner-view.entity.js';
import { Session } from './session.entity.js';

/** How long the link of a view may wait to be opened. */
export const PARTNER_VIEW_LINK_TTL_MS = 2 * 60_000;
/** How long a view lasts at most, however active (its session's absolute end). */
export const PARTNER_VIEW_TTL_MS = 60 * 60_000;

export interface StartedPartnerView {
  viewId: string;
  /** The one-time token of the portal's `/view#token=…` link. */
  token: string;
  tokenExpiresAt: Date;
  endsAt: Date;
}

const invalidToken = () =>
  fail(
    'PARTNER_VIEW_TOKEN_INVALID',
    'This “View as partner” link is invalid, used or expired; start the view again.',
    'token',
  );

/**
 * "View as partner": an admin opens a partner's portal read-only, possibly on another origin, so no admin
 * cookie is relied on. `start` (admin) records the view and returns a one-time token; the portal exchanges
 * it (`begin`) for a partner session marked as the view (`Session.partnerView`), which the caller resolves to
 * a partner actor with `viewedByAdminId` (every write refused, `graphql/read-only-view.ts`). The partner's
 * own sessions, password and sign-in records are never touched. The view ends at `endsAt` (an hour), at
 * "End view" (`signOut`), or when the admin session it was started from ends.
 */
export class PartnerViewService {
  constructor(private readonly now: () => Date = () => new Date()) {}

  async start(
    em: EntityManager,
    adminUserId: string,
    adminSessionToken: string | undefined,
    partnerId: string,
  ): Promise<StartedPartnerView> {
    // Any status: admins need to see what a pending, suspended or rejected partner's portal shows.
    const partner = await em.findOne(Partner, { id: parseId(partnerId, 'partnerId') });
    if (!partner) fail('PARTNER_NOT_FOUND', 'Partner not found.', 'partnerId');
    if (!adminSessionToken)
      fail('FORBIDDEN', 'Only an admin signed in with a session may view as a partner.');
    const now = this.now();
    const token = randomBytes(32).toString('base64url');
    const view = em.create(PartnerView, {
      adminUser: em.getReference(AdminUser, adminUserId),
      partner,
      tokenHash: hashSessionToken(token),
      adminSessionHash: hashSessionToken(adminSessionToken),
      startedAt: now,
      tokenExpiresAt: new Date(now.getTime() + PARTNER_VIEW_LINK_TTL_MS),
      endsAt: new Date(now.getTime() + PARTNER_VIEW_TTL_MS),
    });
    await em.persistAndFlush(view);
    return { viewId: view.id, token, tokenExpiresAt: view.tokenExpiresAt, endsAt: view.endsAt };
  }

  /**
   * Exchanges a view's one-time token for the read-only partner session (`PARTNER_VIEW_TOKEN_INVALID` when
   * it is unknown, used, expired, or the admin session that started it has ended). Taking the token is one
   * conditional update, so of two exchanges at once only one wins.
   */
  async begin(
    em: EntityManager,
    token: string,
    /** The partner session this browser held: when it is another view, that view ends (one at a time). */
    previousToken?: string,
  ): Promise<{ partner: Partner; session: IssuedSession; adminUserId: string }> {
    const now = this.now();
    return em.transactional(async (tx) => {
      if (previousToken) {
        const previous = await tx.findOne(Session, { tokenHash: hashSessionToken(previousToken) });
        if (previous?.partnerView) {
          await tx.nativeUpdate(
            PartnerView,
            { id: previous.partnerView.id, endedAt: null },
            { endedAt: now },
          );
          await tx.nativeDelete(Session, { tokenHash: previous.tokenHash });
        }
      }
      const tokenHash = hashSessionToken(token);
      const taken = await tx.nativeUpdate(
        PartnerView,
        { tokenHash, tokenUsedAt: null, tokenExpiresAt: { $gt: now }, endedAt: null },
        { tokenUsedAt: now },
      );
      if (taken !== 1) invalidToken();
      const view = await tx.findOneOrFail(PartnerView, { tokenHash }, { populate: ['partner'] });
      const adminSession = await tx.findOne(Session, {
        tokenHash: view.adminSessionHash,
        adminUser: view.adminUser.id,
        expiresAt: { $gt: now },
      });
      if (!adminSession) invalidToken();
      const sessionToken = randomBytes(32).toString('base64url');
      tx.create(Session, {
        tokenHash: hashSessionToken(sessionToken),
        partner: view.partner,
        partnerView: view,
        startedBy: adminSession,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: view.endsAt,
      });
      return {
        partner: view.partner,
        session: { token: sessionToken, expiresAt: view.endsAt },
        adminUserId: view.adminUser.id,
      };
    });
  }
}
