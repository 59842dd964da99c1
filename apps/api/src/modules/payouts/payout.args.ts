import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class PayoutPreviewArgs {
  @Field(() => String, { nullable: true, description: 'Only this currency.' })
  currency?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this program's partners (and its minimum payout)." })
  programId?: string | null;
}
