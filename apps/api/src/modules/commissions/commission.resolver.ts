import { Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { fail } from '../../errors/app-error.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { type PartnerFacingIds } from '../../graphql/partner-facing-ids.js';
import { byId } from '../../graphql/loaders.js';
import { PaginationArgs } from '../../graphql/pagination.args.js';
import { MoneyType } from '../../graphql/money.type.js';
import { SaleOrder } from '../../kernel/order.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { Commission } from '../../kernel/commission.entity.js';
import { CommissionsArgs, LedgerArgs } from './commission.args.js';
import { balanceView, moneyView, type CommissionQueries } from './commission.queries.js';
import { type CommissionService } from './commission.service.js';
import { type BalanceQueries } from './balance.queries.js';
import {
  Balance,
  CommissionConnection,
  CommissionRuleSource,
  LedgerEntryConnection,
} from './commission.type.js';

const partnerOf = (context: GraphQLContext) => {
  if (context.actor.kind !== 'partner') fail('FORBIDDEN', 'You may not do this.');
  return context.actor.partnerId;
};

@Resolver(() => Commission)
export class CommissionResolver {
  constructor(
    private readonly commissionService: CommissionService,
    private readonly commissionQueries: CommissionQueries,
    private readonly balanceQueries: BalanceQueries,
    private readonly ids: PartnerFacingIds,
  ) {}

  @FieldResolver(() => ID, { description: 'Partners see a stable opaque id (the key embeds other ids).' })
  id(@Root() commission: Commission, @Ctx() { actor }: GraphQLContext) {
    return this.ids.id(actor, commission.id);
  }

  @Authorized()
  @Query(() => CommissionConnection, { description: 'Commissions, newest first.' })
  commissions(@Args(() => CommissionsArgs) args: CommissionsArgs, @Ctx() { em }: GraphQLContext) {
    return this.commissionQueries.commissions(em, args);
  }

  @Authorized()
  @Query(() => LedgerEntryConnection, { description: "A partner's ledger, newest first." })
  ledgerEntries(@Args(() => LedgerArgs) args: LedgerArgs, @Ctx() { em }: GraphQLContext) {
    return this.commissionQueries.ledger(em, args);
  }

  @Authorized()
  @Query(() => CommissionConnection, { description: "The signed-in partner's commissions." })
  async myCommissions(@Args(() => PaginationArgs) args: PaginationArgs, @Ctx() context: GraphQLContext) {
    const { actor } = context;
    const after = this.ids.openCursor(actor, args.after);
    const partnerId = partnerOf(context);
    return this.ids.sealPage(
      actor,
      await this.commissionQueries.commissions(context.em, { ...args, after, partnerId }),
    );
  }

  @Authorized()
  @Query(() => LedgerEntryConnection, { description: "The signed-in partner's ledger." })
  async myLedgerEntries(@Args(() => PaginationArgs) args: PaginationArgs, @Ctx() context: GraphQLContext) {
    const { actor } = context;
    const after = this.ids.openCursor(actor, args.after);
    const partnerId = partnerOf(context);
    return this.ids.sealPage(
      actor,
      await this.commissionQueries.ledger(context.em, { ...args, after, partnerId }),
    );
  }

  @Authorized()
  @Query(() => [Balance], { description: "The signed-in partner's balances per currency." })
  async myBalances(@Ctx() context: GraphQLContext) {
    return (await this.balanceQueries.ofPartner(context.em, partnerOf(context))).map(balanceView);
  }

  @FieldResolver(() => MoneyType)
  amount(@Root() commission: Commission) {
    return moneyView(commission.amountMinor, commission.currency);
  }

  @FieldResolver(() => MoneyType, { description: 'Reversed so far by refunds (voids and clawbacks).' })
  reversed(@Root() commission: Commission) {
    return moneyView(commission.reversedMinor, commission.currency);
  }

  @FieldResolver(() => String, { description: 'PENDING, PAYABLE, PAID, FLAGGED or VOIDED, as of now.' })
  status(@Root() commission: Commission) {
    return this.commissionService.status(commission);
  }

  @FieldResolver(() => CommissionRuleSource, { description: 'The rule that produced it.' })
  rule(@Root() commission: Commission): CommissionRuleSource {
    return {
      layer: commission.rule.layer,
      ruleId: commission.rule.ruleId,
      recurringPhase: commission.rule.recurringPhase,
    };
  }

  @FieldResolver(() => Program)
  program(@Root() commission: Commission, @Ctx() { em }: GraphQLContext) {
    return byId(em, Program, commission.program.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The sale it was earned on (SALE commissions).' })
  orderId(@Root() commission: Commission): string | null {
    return commission.kind === 'SALE' ? commission.sourceId : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The lead it was earned on (LEAD commissions).' })
  leadId(@Root() commission: Commission): string | null {
    return commission.kind === 'LEAD' ? commission.sourceId : null;
  }

  @Authorized()
  @FieldResolver(() => SaleOrder, { nullable: true, description: 'The sale (admins and read keys only).' })
  order(@Root() commission: Commission, @Ctx() { em }: GraphQLContext) {
    return commission.kind === 'SALE' ? byId(em, SaleOrder, commission.sourceId) : null;
  }

  @Authorized()
  @FieldResolver(() => Partner, { description: 'Admins and read keys only.' })
  partner(@Root() commission: Commission, @Ctx() { em }: GraphQLContext) {
    return byId(em, Partner, commission.partner.id);
  }
}

@Resolver(() => Partner)
export class PartnerBalanceResolver {
  constructor(private readonly balanceQueries: BalanceQueries) {}

  @FieldResolver(() => [Balance], {
    description: 'Balances per currency (admins, read keys, the partner itself).',
  })
  async balances(@Root() partner: Partner, @Ctx() { em, actor }: GraphQLContext) {
    if (actor.kind === 'partner' && actor.partnerId !== partner.id) fail('FORBIDDEN', 'You may not do this.');
    return (await this.balanceQueries.ofPartner(em, partner.id)).map(balanceView);
  }
}
