import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
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
}
