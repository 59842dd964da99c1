import { Field, ObjectType } from 'type-graphql';
import { AdminRole } from '../../kernel/admin-user.entity.js';

/** What the accept-invite page shows before the invitee chooses a name and password. */
@ObjectType()
export class AdminInvitation {
  @Field(() => String)
  email!: string;

  @Field(() => AdminRole)
  role!: AdminRole;

  @Field(() => Date)
  expiresAt!: Date;
}
