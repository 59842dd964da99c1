import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { Partner } from '../../kernel/partner.entity.js';

/**
 * "View as partner": an admin opens a partner's portal read-only. The record stays after the view ends, so
 * who viewed whom and when can always be told. The link carries a random one-time token; only its SHA-256
 * is stored, it expires soon (`tokenExpiresAt`) and works once (`tokenUsedAt`). The session the portal gets
 * for it is a partner session pointing here (`Session.partnerView`), ending at `endsAt` at the latest.
 */
@Entity({ tableName: 'partner_views' })
export class PartnerView {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** The admin who viewed. */
  @Index()
  @ManyToOne(() => AdminUser, { deleteRule: 'cascade' })
  adminUser!: AdminUser;

  /** The partner whose portal was viewed. */
  @Index()
  @ManyToOne(() => Partner, { deleteRule: 'cascade' })
  partner!: Partner;

  /** SHA-256 (hex) of the one-time token of the link. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  /** The admin's session that started the view: the view ends with it (sign-out). */
  @Property({ type: 'string', length: 64 })
  adminSessionHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  tokenExpiresAt!: Date;

  /** When the portal exchanged the token for its read-only session. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  tokenUsedAt: Date | null = null;

  /** The absolute end of the view, whatever the activity. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  endsAt!: Date;

  /** When it was ended (End view, or the admin signed out); null while it runs or when it simply expired. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  endedAt: Date | null = null;
}
