import { ArgsType, Field } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args.js';

@ArgsType()
export class ProductsArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Matches SKU or name (case-insensitive).' })
  search?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived!: boolean;
}
