import { Field, InputType } from 'type-graphql';
import { AdminRole } from '../../kernel/admin-user.entity.js';

@InputType()
export class InviteAdminInput {
  @Field(() => String)
  email!: string;

  @Field(() => AdminRole)
  role!: AdminRole;
}

@InputType()
export class AcceptAdminInviteInput {
  @Field(() => String, { description: 'The token of the emailed link.' })
  token!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  password!: string;
}
