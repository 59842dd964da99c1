import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { type AdminRoleName } from '../graphql/actor.js';

/** What an admin may do (`graphql/access-matrix.ts`): everything, run the program, or only read. */
export enum AdminRole {
  OWNER = 'OWNER',
  MANAGER = 'MANAGER',
  VIEWER = 'VIEWER',
}
registerEnumType(AdminRole, {
  name: 'AdminRole',
  description:
    'OWNER: everything, including the team, API keys, webhooks and settings. MANAGER: runs the program (partners, programs, payouts, reviews, content), not the team or integrations. VIEWER: reads everything an admin can, changes nothing.',
});
// The actor's role names are these (graphql/ cannot import the kernel).
const sameRoles: Record<AdminRoleName, AdminRole> = AdminRole;
void sameRoles;

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
  role: Opt<AdminRole> = AdminRole.MANAGER;

  /** argon2id hash. Never exposed. */
  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;
}
