import { ArgsType, Field, ID } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args.js';

@ArgsType()
export class OrdersArgs extends PaginationArgs {
  @Field(() => ID, { nullable: true, description: 'Only orders credited to this partner.' })
  partnerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Your order id.' })
  externalId?: string | null;
}
