import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { PartnerView } from './partner-view.entity.js';

/**
 * An opaque server-side session. The cookie carries a random token; only its SHA-256 is stored, so a leaked
 * table does not hand out sessions. Exactly one of `adminUser` and `partner` is set.
 * A partner session with `partnerView` is an admin's read-only "view as partner" (`partner-view.service.ts`).
 */
@Entity({ tableName: 'sessions' })
export class Session {
  /** SHA-256 (hex) of the session token. */
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => AdminUser, { nullable: true, deleteRule: 'cascade' })
  adminUser: AdminUser | null = null;

  @ManyToOne(() => Partner, { nullable: true, deleteRule: 'cascade' })
  partner: Partner | null = null;

  /** Set on an admin's read-only view of the partner's portal; such a session never writes. */
  @Index()
  @ManyToOne(() => PartnerView, { nullable: true, deleteRule: 'cascade' })
  partnerView: PartnerView | null = null;

  /**
   * The admin session a view session was opened from (SHA-256 of its token): when that session is deleted
   * (sign-out, password change), the database deletes the view session with it.
   */
  @Index()
  @ManyToOne(() => Session, { nullable: true, deleteRule: 'cascade' })
  startedBy: Session | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastSeenAt: Opt<Date> = new Date();

  /** Absolute end of the session, whatever the activity. */
  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;
}
