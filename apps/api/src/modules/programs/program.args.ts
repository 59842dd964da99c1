import { ArgsType, Field } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args.js';

@ArgsType()
export class ProgramsArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Matches the name (case-insensitive).' })
  search?: string | null;
}
