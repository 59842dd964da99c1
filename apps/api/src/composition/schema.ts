import { type GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import { type EventBus } from '../events/event-bus.js';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver.js';
import { ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { type AuthService } from '../modules/auth/auth.service.js';
import { type CookiePolicy } from '../modules/auth/session-cookie.js';
import { PasswordResetResolver } from '../modules/auth/password-reset.resolver.js';
import { PasswordResetService } from '../modules/auth/password-reset.service.js';
import { PartnerViewResolver } from '../modules/auth/partner-view.resolver.js';
import { PartnerViewService } from '../modules/auth/partner-view.service.js';
import { RateLimit } from '../common/rate-limit.js';
import { CommissionResolver, PartnerBalanceResolver } from '../modules/commissions/commission.resolver.js';
import { CommissionQueries } from '../modules/commissions/commission.queries.js';
import { BalanceQueries } from '../modules/commissions/balance.queries.js';
import { CommissionService } from '../modules/commissions/commission.service.js';
import { LedgerEntryResolver } from '../modules/commissions/ledger-entry.resolver.js';
import { CommissionReviewResolver } from '../modules/commissions/commission-review.resolver.js';
import { CommissionReviewService } from '../modules/commissions/commission-review.service.js';
import { LedgerWriter } from '../modules/commissions/ledger-writer.service.js';
import { AdjustmentService } from '../modules/payouts/adjustment.service.js';
import { LedgerEntryCauseResolver, PayoutResolver } from '../modules/payouts/payout.resolver.js';
import { PayoutQueries } from '../modules/payouts/payout.queries.js';
import { PayoutService } from '../modules/payouts/payout.service.js';
import { CouponResolver } from '../modules/coupons/coupon.resolver.js';
import { CouponService } from '../modules/coupons/coupon.service.js';
import { CustomerResolver } from '../modules/customers/customer.resolver.js';
import { CustomerService } from '../modules/customers/customer.service.js';
import { LeadResolver } from '../modules/leads/lead.resolver.js';
import { LeadService } from '../modules/leads/lead.service.js';
import { OrderQueries } from '../modules/orders/order.queries.js';
import { OrderResolver, PaymentResolver, RefundResolver } from '../modules/orders/order.resolver.js';
import { OrderService } from '../modules/orders/order.service.js';
import { PartnerResolver } from '../modules/partners/partner.resolver.js';
import { PartnerService } from '../modules/partners/partner.service.js';
import { ProductResolver } from '../modules/products/product.resolver.js';
import { ProductService } from '../modules/products/product.service.js';
import { ProgramResolver } from '../modules/programs/program.resolver.js';
import { ProgramService } from '../modules/programs/program.service.js';
import { ProgramPreviewResolver } from '../modules/programs/program-preview.resolver.js';
import { ProgramPreviewService } from '../modules/programs/program-preview.service.js';
import { EmailResolver, OutboundEmailResolver } from '../modules/emails/email.resolver.js';
import { EmailService } from '../modules/emails/email.service.js';
import { type Mailer } from '../modules/emails/mailer.service.js';
import { PartnerImportResolver } from '../modules/partner-import/partner-import.resolver.js';
import { PartnerImportService } from '../modules/partner-import/partner-import.service.js';
import { SignupResolver } from '../modules/signup/signup.resolver.js';
import { SignupService, type SignupLimits } from '../modules/signup/signup.service.js';
import { ClickResolver } from '../modules/tracking/click.resolver.js';
import { ClickService } from '../modules/tracking/click.service.js';
import { MerchantSettingsResolver } from '../modules/tracking/merchant-settings.resolver.js';
import { MerchantSettingsService } from '../modules/tracking/merchant-settings.service.js';
import { TrackingLinkResolver } from '../modules/tracking/tracking-link.resolver.js';
import { TrackingLinkService } from '../modules/tracking/tracking-link.service.js';
import { ReportsResolver } from '../modules/reports/reports.resolver.js';
import { LedgerReportQueries } from '../modules/reports/ledger-report.queries.js';
import { ActivityReportQueries } from '../modules/reports/activity-report.queries.js';
import { DashboardQueries } from '../modules/reports/dashboard.queries.js';
import { AttributionService, type PendingClicks } from '../modules/attribution/attribution.service.js';
import { authChecker } from '../graphql/auth-checker.js';
import { CollateralResolver } from '../modules/collateral/collateral.resolver.js';
import { type CollateralLimits, CollateralService } from '../modules/collateral/collateral.service.js';
import { type FileStorage } from '../storage/file-storage.js';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver.js';
import { WebhookService } from '../modules/webhooks/webhook.service.js';
import { type WebhookDispatcher } from '../modules/webhooks/webhook-dispatcher.js';
import { LiveQueries } from '../modules/live/live.queries.js';
import { LiveActivityResolver, LiveResolver } from '../modules/live/live.resolver.js';
import { PartnerFacingIds } from '../graphql/partner-facing-ids.js';
import { SubPartnerQueries } from '../modules/partners/sub-partner.queries.js';
import { SubPartnerResolver } from '../modules/partners/sub-partner.resolver.js';
import { TeamResolver } from '../modules/team/team.resolver.js';
import { TeamService } from '../modules/team/team.service.js';

export interface SchemaDependencies {
  auth: AuthService;
  events: EventBus;
  cookies: CookiePolicy;
  mailer: Mailer;
  signupLimits: SignupLimits;
  /** Clicks not yet written; flushed before an event with a visitor id is attributed. */
  clicks?: PendingClicks;
  /** The secret IP addresses are hashed with (clicks and orders). */
  ipHashSecret: string;
  /** Base of the tracking links shown to partners (else the origin of the request). */
  publicUrl?: string | undefined;
  /** Where collateral files live, and their size limits. */
  files: { storage: FileStorage; limits: CollateralLimits };
  /** Sends queued webhook deliveries; endpoints on private addresses only when `allowPrivateTargets`. */
  webhooks: { dispatcher: WebhookDispatcher; allowPrivateTargets: boolean };
  /** Password-reset requests per client IP (default: 10 per hour). */
  passwordResetLimit?: RateLimit;
  /** Snippet leads one partner may earn per hour before further ones are flagged (default: 20). */
  leadPartnerHourlyLimit?: number;
}

/** The services of the API, constructed once with their dependencies (explicit wiring, no reflection). */
export function createServices(deps: SchemaDependencies) {
  const commissions = new CommissionService(deps.mailer);
  const attribution = new AttributionService(deps.ipHashSecret, deps.clicks);
  const webhooks = new WebhookService({ allowPrivateTargets: deps.webhooks.allowPrivateTargets });
  return {
    commissions,
    webhooks,

    orders: new OrderService(commissions, attribution, deps.events, webhooks),
    leads: new LeadService(commissions, attribution, deps.events, webhooks, deps.leadPartnerHourlyLimit),
    collateral: new CollateralService(
      deps.files.storage,
      new TrackingLinkService(deps.events, new MerchantSettingsService(deps.events)),
      deps.files.limits,
    ),
  };
}

/**
 * Builds the GraphQL schema. Resolvers are constructed here with their services, and type-graphql asks
 * this container for them.
 */
export async function createSchema(
  deps: SchemaDependencies,
  services = createServices(deps),
): Promise<GraphQLSchema> {
  const settings = new MerchantSettingsService(deps.events);
  const balances = new BalanceQueries();
  const ledgerWriter = new LedgerWriter();
  const ids = new PartnerFacingIds(deps.ipHashSecret);
  const resolvers = [
    new AuthResolver(deps.auth, deps.cookies, deps.events),
    new PartnerViewResolver(new PartnerViewService(), deps.cookies),
    new PartnerResolver(new PartnerService(deps.events, deps.mailer, deps.auth, services.webhooks)),
    new PasswordResetResolver(
      new PasswordResetService(
        deps.auth,
        deps.mailer,
        deps.events,
        deps.passwordResetLimit ?? new RateLimit(10, 3600, { name: 'password-resets' }),
      ),
    ),
    new ProgramResolver(new ProgramService()),
    new ProductResolver(new ProductService()),
    new ApiKeyResolver(new ApiKeyService()),
    new OrderResolver(services.orders, new OrderQueries()),
    new PaymentResolver(),
    new RefundResolver(),
    new LeadResolver(services.leads),
    new CommissionResolver(services.commissions, new CommissionQueries(), balances, ids),
    new PartnerBalanceResolver(balances),
    new LedgerEntryResolver(ids),
    new CustomerResolver(new CustomerService()),
    new CouponResolver(new CouponService()),
    new ProgramPreviewResolver(new ProgramPreviewService(services.commissions)),
    new SignupResolver(new SignupService(deps.mailer, deps.events, deps.signupLimits, services.webhooks)),
    new EmailResolver(new EmailService(), deps.mailer),
    new OutboundEmailResolver(),
    new PartnerImportResolver(new PartnerImportService(deps.events)),
    new TrackingLinkResolver(new TrackingLinkService(deps.events, settings), deps.publicUrl),
    new MerchantSettingsResolver(settings),
    new ClickResolver(new ClickService()),
    new CollateralResolver(services.collateral, deps.publicUrl),
    new WebhookResolver(services.webhooks, deps.webhooks.dispatcher),
    new ReportsResolver(new LedgerReportQueries(), new ActivityReportQueries(), new DashboardQueries()),
    new CommissionReviewResolver(new CommissionReviewService(ledgerWriter, deps.events)),
    new PayoutResolver(
      new PayoutService(balances, ledgerWriter, deps.mailer, deps.events, services.webhooks),
      new PayoutQueries(balances),
      new AdjustmentService(ledgerWriter, deps.events),
      ids,
    ),
    new LedgerEntryCauseResolver(ids),
    new LiveResolver(new LiveQueries(services.commissions, balances)),
    new LiveActivityResolver(ids),
    new SubPartnerResolver(new SubPartnerQueries()),
    new TeamResolver(new TeamService(deps.auth, deps.mailer, deps.events)),
  ];
  const byClass = new Map<unknown, object>(resolvers.map((resolver) => [resolver.constructor, resolver]));
  const container: ContainerType = {
    get(someClass) {
      const instance = byClass.get(someClass);
      if (!instance)
        throw new Error(`No instance wired for ${String((someClass as { name?: string }).name)}`);
      return instance;
    },
  };
  return buildSchema({
    resolvers: [
      AuthResolver,
      PartnerViewResolver,
      PasswordResetResolver,
      PartnerResolver,
      ProgramResolver,
      ProductResolver,
      ApiKeyResolver,
      OrderResolver,
      PaymentResolver,
      RefundResolver,
      LeadResolver,
      CommissionResolver,
      PartnerBalanceResolver,
      LedgerEntryResolver,
      CustomerResolver,
      CouponResolver,
      ProgramPreviewResolver,
      SignupResolver,
      EmailResolver,
      OutboundEmailResolver,
      PartnerImportResolver,
      TrackingLinkResolver,
      MerchantSettingsResolver,
      ClickResolver,
      CollateralResolver,
      WebhookResolver,
      ReportsResolver,
      CommissionReviewResolver,
      PayoutResolver,
      LedgerEntryCauseResolver,
      LiveResolver,
      LiveActivityResolver,
      SubPartnerResolver,
      TeamResolver,
    ],
    container,
    authChecker,
    pubSub: deps.events.pubSub,
    validate: false,
  });
}
