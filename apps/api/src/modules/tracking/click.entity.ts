import { v7 as uuidv7 } from 'uuid';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Partner } from '../../kernel/partner.entity.js';

/**
 * One raw click on a partner's tracking link. All clicks are kept; `isBot` and `isUnique` say how they
 * count (domain click rules). Attribution reads clicks by visitor id (tracking cookie) and by hashed IP.
 */
@Entity({ tableName: 'clicks' })
@Index({ properties: ['visitorId', 'clickedAt'] })
// By a 64-bit hash of the IP hash (a third of the size of the 64 characters): `ClickService.touches`.
@Index({
  name: 'clicks_ip_key_clicked_at_index',
  expression:
    'create index "clicks_ip_key_clicked_at_index" on "clicks" (hashtextextended("ip_hash", 0), "clicked_at")',
})
@Index({ properties: ['partner', 'clickedAt'] })
export class Click {
  /** Time-ordered (UUIDv7): new clicks append to the end of the primary key's index. */
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = uuidv7();

  @ManyToOne(() => Partner, { deleteRule: 'cascade' })
  partner!: Partner;

  /** The named tracking link clicked (null: the partner's default link or a deep link). */
  @Property({ type: 'uuid', nullable: true })
  trackingLinkId: string | null = null;

  /** The partner's campaign tag (`?sub=`). */
  @Property({ type: 'string', length: 100, nullable: true })
  subId: string | null = null;

  /** The first-party visitor id set by the redirect (cookie `pk_vid`). */
  @Property({ type: 'string', length: 64 })
  visitorId!: string;

  /** SHA-256 of the IP address with a server secret: comparable, not reversible. */
  @Property({ type: 'string', length: 64 })
  ipHash!: string;

  @Property({ type: 'text', default: '' })
  userAgent: Opt<string> = '';

  @Property({ type: 'text', nullable: true })
  referrer: string | null = null;

  /** Where the visitor was sent. */
  @Property({ type: 'text' })
  landingUrl!: string;

  @Property({ type: 'boolean', default: false })
  isBot: Opt<boolean> = false;

  @Property({ type: 'boolean', default: true })
  isUnique: Opt<boolean> = true;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  clickedAt!: Date;
}
