import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerEnumType } from 'type-graphql';
import { fail } from '../../errors/app-error.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { PaginationArgs } from '../../graphql/pagination.args.js';
import { Commission } from '../../kernel/commission.entity.js';
import { type CommissionReviewService, type ReviewDecision } from './commission-review.service.js';
import { CommissionConnection } from './commission.type.js';

export enum CommissionReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(CommissionReviewDecision, {
  name: 'CommissionReviewDecision',
  description: 'APPROVE (payable once the hold elapses) or REJECT (voided with a reversing entry).',
});

export const adminOf = (context: GraphQLContext): string => {
  if (context.actor.kind !== 'admin') fail('FORBIDDEN', 'You may not do this.');
  return context.actor.adminUserId;
};

@Resolver(() => Commission)
export class CommissionReviewResolver {
  constructor(private readonly reviews: CommissionReviewService) {}

  @Authorized()
  @Query(() => CommissionConnection, {
    description: 'The review queue: FLAGGED commissions (self-referrals) waiting for review, oldest first.',
  })
  flaggedCommissions(@Args(() => PaginationArgs) args: PaginationArgs, @Ctx() { em }: GraphQLContext) {
    return this.reviews.queue(em, args);
  }

  @Authorized()
  @Mutation(() => [Commission], {
    description:
      'Approves or rejects FLAGGED commissions (and the flagged parent levels of their chains) with a note.',
  })
  reviewCommissions(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('decision', () => CommissionReviewDecision) decision: CommissionReviewDecision,
    @Arg('note', () => String, { nullable: true }) note: string | null | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return this.reviews.review(context.em, adminOf(context), ids, decision as ReviewDecision, note);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why it was flagged for review: SELF_REFERRAL (the customer is the partner). Null if never.',
  })
  flagReason(@Root() commission: Commission): string | null {
    return commission.review === 'NONE' ? null : 'SELF_REFERRAL';
  }
}
