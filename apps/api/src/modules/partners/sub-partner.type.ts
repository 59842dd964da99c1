import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyType } from '../../graphql/money.type.js';

/** A partner the signed-in partner recruited (their direct child), as the recruiter may see them. */
@ObjectType()
export class SubPartner {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'PENDING, ACTIVE, SUSPENDED or REJECTED.' })
  status!: string;

  @Field(() => Date, { description: 'When they joined.' })
  joinedAt!: Date;

  @Field(() => Int, {
    description: 'Their sales that earned them a commission (orders and renewals), all time.',
  })
  sales!: number;

  @Field(() => [MoneyType], {
    description:
      "The recruiter's override commissions (level 2) from their sales, net of reversals, per currency.",
  })
  overrideEarnings!: MoneyType[];
}
