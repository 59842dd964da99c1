import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class LiveArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'One partner (omit: every partner; admins and `*:read` keys only). A partner may name only themselves.',
  })
  partnerId?: string | null;
}
