import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class ClickStatsArgs {
  @Field(() => ID, { nullable: true, description: 'One partner (omit: every partner).' })
  partnerId?: string | null;

  @Field(() => Date, { description: 'Start (inclusive; rounded down to the hour).' })
  from!: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  to!: Date;
}

@ArgsType()
export class MyClickStatsArgs {
  @Field(() => Date, { description: 'Start (inclusive; rounded down to the hour).' })
  from!: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  to!: Date;
}
