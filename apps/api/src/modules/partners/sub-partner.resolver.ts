import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { fail } from '../../errors/app-error.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { type SubPartnerQueries } from './sub-partner.queries.js';
import { SubPartner } from './sub-partner.type.js';

@Resolver()
export class SubPartnerResolver {
  constructor(private readonly queries: SubPartnerQueries) {}

  @Authorized()
  @Query(() => [SubPartner], {
    description:
      'The partners the signed-in partner recruited (direct), newest first, with their sales and your override earnings.',
  })
  mySubPartners(@Ctx() { em, actor }: GraphQLContext) {
    if (actor.kind !== 'partner') fail('FORBIDDEN', 'You may not do this.');
    return this.queries.ofPartner(em, actor.partnerId);
  }
}
