import { ArgsType, Field, ID } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args.js';

@ArgsType()
export class CommissionsArgs extends PaginationArgs {
  @Field(() => ID, { nullable: true })
  partnerId?: string | null;
}

@ArgsType()
export class LedgerArgs extends PaginationArgs {
  @Field(() => ID)
  partnerId!: string;
}
