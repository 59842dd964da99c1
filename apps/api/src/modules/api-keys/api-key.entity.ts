import { Entity, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';

/** A key a third party sends as `Authorization: Bearer <secret>`. Only the secret's SHA-256 is stored. */
@ObjectType()
@Entity({ tableName: 'api_keys' })
export class ApiKey extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { description: 'The first characters of the secret, to recognise it.' })
  @Property({ type: 'string', length: 24 })
  prefix!: string;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  secretHash!: string;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  scopes: Opt<string[]> = [];

  @ManyToOne(() => AdminUser, { nullable: true, deleteRule: 'set null' })
  createdBy: AdminUser | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'The key stops working then (null: never).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => Int, {
    nullable: true,
    description: "Operations per minute for this key (null: the server's GRAPHQL_RATE_LIMIT_API_KEY).",
  })
  @Property({ type: 'integer', nullable: true })
  rateLimitPerMinute: number | null = null;

  /** After a rotation: the SHA-256 of the old secret, valid until `previousSecretExpiresAt`. */
  @Index()
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  previousSecretHash: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'After a rotation: the old secret works until then, next to the new one.',
  })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'The last rotation.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  rotatedAt: Date | null = null;
}
