import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { fail } from '../../errors/app-error.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { ClickStatsArgs, MyClickStatsArgs } from './click.args.js';
import { type ClickService } from './click.service.js';
import { ClickStats, ClickSummary } from './click.type.js';

@Resolver()
export class ClickResolver {
  constructor(private readonly clickService: ClickService) {}

  @Authorized()
  @Query(() => ClickStats, { description: 'Clicks of one partner or of all partners, per link.' })
  clickStats(@Args(() => ClickStatsArgs) args: ClickStatsArgs, @Ctx() { em }: GraphQLContext) {
    return this.clickService.stats(em, args.partnerId ?? null, args.from, args.to);
  }

  @Authorized()
  @Query(() => ClickStats, { description: "The signed-in partner's clicks, per link." })
  myClickStats(@Args(() => MyClickStatsArgs) args: MyClickStatsArgs, @Ctx() { em, actor }: GraphQLContext) {
    if (actor.kind !== 'partner') fail('FORBIDDEN', 'You may not do this.');
    return this.clickService.stats(em, actor.partnerId, args.from, args.to);
  }

  @Authorized()
  @Query(() => ClickSummary, { description: "The signed-in partner's clicks today, in 7 and in 30 days." })
  myClickSummary(@Ctx() { em, actor }: GraphQLContext) {
    if (actor.kind !== 'partner') fail('FORBIDDEN', 'You may not do this.');
    return this.clickService.summary(em, actor.partnerId);
  }
}
