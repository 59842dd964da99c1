import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

export enum AdminRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
}
registerEnumType(AdminRole, { name: 'AdminRole' });

/** A person who runs the program in the admin console. */
@ObjectType()
@Entity({ tableName: 'admin_users' })
export class AdminUser extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => AdminRole)
  @Enum({ items: () => AdminRole, type: 'string' })
  role: Opt<AdminRole> = AdminRole.ADMIN;

  /** argon2id hash. Never exposed. */
  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;
}
