import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { AdminRole, AdminUser } from '../../kernel/admin-user.entity.js';

/**
 * An owner's invitation of a new admin. The email carries a random token; only its SHA-256 is stored. It
 * expires, works once (`acceptedAt`) and can be revoked (`revokedAt`).
 */
@ObjectType()
@Entity({ tableName: 'admin_invites' })
export class AdminInvite extends BaseEntity {
  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => AdminRole)
  @Enum({ items: () => AdminRole, type: 'string' })
  role!: AdminRole;

  /** SHA-256 (hex) of the emailed token. Never exposed. */
  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => AdminUser, { nullable: true, deleteRule: 'set null' })
  invitedBy: AdminUser | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
