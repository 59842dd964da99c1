import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { Partner } from '../../kernel/partner.entity.js';

/**
 * A one-time password-reset link. The email carries a random token; only its SHA-256 is stored. It expires,
 * and works once (`usedAt`). Exactly one of `adminUser` and `partner` is set.
 */
@Entity({ tableName: 'password_reset_tokens' })
export class PasswordResetToken {
  /** SHA-256 (hex) of the token. */
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => AdminUser, { nullable: true, deleteRule: 'cascade' })
  adminUser: AdminUser | null = null;

  @Index()
  @ManyToOne(() => Partner, { nullable: true, deleteRule: 'cascade' })
  partner: Partner | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
