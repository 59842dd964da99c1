import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { DashboardArgs, LedgerEntriesReportArgs, ReportArgs } from './reports.args.js';
import { type ActivityReportQueries } from './activity-report.queries.js';
import { type DashboardQueries } from './dashboard.queries.js';
import { type LedgerReportQueries } from './ledger-report.queries.js';
import {
  ActivityReport,
  Dashboard,
  LeadReport,
  LedgerEntriesReport,
  LedgerReport,
  LinkReport,
  ReferralReport,
} from './reports.type.js';

/** Admin reports and the dashboard (admins and `*:read` keys). Every report has its page as `csv`. */
@Resolver()
export class ReportsResolver {
  constructor(
    private readonly ledger: LedgerReportQueries,
    private readonly activity: ActivityReportQueries,
    private readonly dashboards: DashboardQueries,
  ) {}

  @Authorized()
  @Query(() => Dashboard, { description: 'Totals and daily series of a period and program.' })
  dashboard(@Args(() => DashboardArgs) args: DashboardArgs, @Ctx() { em }: GraphQLContext) {
    return this.dashboards.dashboard(em, args);
  }

  @Authorized()
  @Query(() => LedgerReport, {
    description:
      'Per partner and currency: beginning balance, commissions, clawbacks, payments, adjustments, ending balance. Sort by partner, name, currency, beginning, commissions, clawbacks, payments, adjustments or ending.',
  })
  ledgerReport(@Args(() => ReportArgs) args: ReportArgs, @Ctx() { em }: GraphQLContext) {
    return this.ledger.report(em, args);
  }

  @Authorized()
  @Query(() => LedgerEntriesReport, {
    description:
      'Ledger entries of the period with their causes: a ledger report row (partnerId + currency), commissions and clawbacks (kinds), payments (kinds: [PAYMENT], method, payoutBatchId). Sort by effectiveAt, amount, partner, kind, currency, method or payoutBatchId.',
  })
  ledgerEntriesReport(
    @Args(() => LedgerEntriesReportArgs) args: LedgerEntriesReportArgs,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.ledger.entries(em, args);
  }

  @Authorized()
  @Query(() => ActivityReport, {
    description:
      'Per partner: clicks, unique clicks, leads, sales, revenue, commissions. Sort by partner, name, clicks, uniqueClicks, leads or sales.',
  })
  activityReport(@Args(() => ReportArgs) args: ReportArgs, @Ctx() { em }: GraphQLContext) {
    return this.activity.activity(em, args);
  }

  @Authorized()
  @Query(() => LinkReport, {
    description: 'Per tracking link: clicks. Sort by name, clicks, uniqueClicks, botClicks or partners.',
  })
  linkReport(@Args(() => ReportArgs) args: ReportArgs, @Ctx() { em }: GraphQLContext) {
    return this.activity.links(em, args);
  }

  @Authorized()
  @Query(() => LeadReport, { description: 'Leads by partner. Sort by occurredAt, partner or customer.' })
  leadReport(@Args(() => ReportArgs) args: ReportArgs, @Ctx() { em }: GraphQLContext) {
    return this.activity.leads(em, args);
  }

  @Authorized()
  @Query(() => ReferralReport, {
    description: 'Customers first seen in the period and their partner. Sort by since, partner or customer.',
  })
  referralReport(@Args(() => ReportArgs) args: ReportArgs, @Ctx() { em }: GraphQLContext) {
    return this.activity.referrals(em, args);
  }
}
