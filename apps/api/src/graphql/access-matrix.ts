import { type AdminRoleName, type ApiKeyScope } from './actor.js';

/**
 * Who may call a field. A field's rule is a list of these; any one of them suffices.
 * - `PUBLIC`: anybody, signed in or not.
 * - `PARTNER`: a signed-in partner, on their own data only (the resolver scopes it to the caller); a
 *   pending applicant too, for reads (`PENDING_APPLICANT_MUTATIONS` are the only writes they may make).
 * - `VIEWER` / `MANAGER` / `OWNER`: an admin of at least that role (OWNER > MANAGER > VIEWER).
 * - `scope:…`: an API key holding that scope (`*:read` grants every `…:read` scope).
 */
export const Access = {
  Public: 'PUBLIC',
  Partner: 'PARTNER',
  Viewer: 'ADMIN:VIEWER',
  Manager: 'ADMIN:MANAGER',
  Owner: 'ADMIN:OWNER',
  AnyRead: 'scope:*:read',
  EventsWrite: 'scope:events:write',
  ProductsWrite: 'scope:products:write',
  PartnersRead: 'scope:partners:read',
  PartnersWrite: 'scope:partners:write',
  ReportsRead: 'scope:reports:read',
  LedgerRead: 'scope:ledger:read',
  PayoutsWrite: 'scope:payouts:write',
  WebhooksWrite: 'scope:webhooks:write',
} as const;
export type Grant = (typeof Access)[keyof typeof Access];

const { Public, Partner, Viewer, Manager, Owner, AnyRead } = Access;

/** An admin read that API keys may make with `*:read` or the narrower `scope`. */
const adminRead = (...scopes: Grant[]): Grant[] => [Viewer, AnyRead, ...scopes];

/**
 * THE access matrix: every root field (`Query.x`, `Mutation.x`, `Subscription.x`) and every object field
 * with a rule of its own (`Type.field`, a field resolver), with who may call it. The auth checker
 * (`auth-checker.ts`) reads nothing else; `access-matrix.test.ts` walks the schema, fails on a field missing
 * here, and calls every root field as every kind of caller to check the answer matches.
 *
 * The roles: reads are open to every admin (VIEWER and up); the program's writes need MANAGER; the team,
 * API keys, webhook endpoints and the merchant settings need OWNER. Adjustments (`addAdjustment`) stay with
 * people: a key with `payouts:write` pays out what the ledger says, it does not write money into it.
 */
export const ACCESS_MATRIX: Readonly<Record<string, readonly Grant[]>> = {
  // Sessions, sign-up and the public pages.
  'Query.me': [Public],
  'Query.serverInfo': [Public],
  'Query.signupForm': [Public],
  'Query.partnerCodeAvailability': [Public],
  'Query.adminInvitation': [Public],
  'Mutation.signInAdmin': [Public],
  'Mutation.signInPartner': [Public],
  'Mutation.signOut': [Public],
  'Mutation.requestAdminPasswordReset': [Public],
  'Mutation.requestPartnerPasswordReset': [Public],
  'Mutation.resetPassword': [Public],
  'Mutation.signUpPartner': [Public],
  'Mutation.acceptAdminInvite': [Public],
  'Mutation.changeMyPassword': [Viewer, Partner],
  // "View as partner": any admin may look (a read); the portal exchanges the one-time token itself.
  'Mutation.startPartnerView': [Viewer],
  'Mutation.beginPartnerView': [Public],

  // The team (admins and invites).
  'Query.admins': [Viewer],
  'Query.adminInvites': [Viewer],
  'Mutation.inviteAdmin': [Owner],
  'Mutation.revokeAdminInvite': [Owner],
  'Mutation.changeAdminRole': [Owner],
  'Mutation.removeAdmin': [Owner],

  // API keys and webhook endpoints (integrations: owners; keys with webhooks:write manage endpoints).
  'Query.apiKeys': [Viewer],
  'Mutation.createApiKey': [Owner],
  'Mutation.rotateApiKey': [Owner],
  'Mutation.revokeApiKey': [Owner],
  'Query.webhookEventTypes': [Viewer, AnyRead, Access.WebhooksWrite],
  'Query.webhookEndpoints': [Viewer, AnyRead, Access.WebhooksWrite],
  'Query.webhookDeliveries': [Viewer, AnyRead, Access.WebhooksWrite],
  'Mutation.createWebhookEndpoint': [Owner, Access.WebhooksWrite],
  'Mutation.updateWebhookEndpoint': [Owner, Access.WebhooksWrite],
  'Mutation.rotateWebhookSecret': [Owner, Access.WebhooksWrite],
  'Mutation.deleteWebhookEndpoint': [Owner, Access.WebhooksWrite],
  'Mutation.replayWebhookDelivery': [Owner, Access.WebhooksWrite],

  // Settings.
  'Query.merchantSettings': [...adminRead(), Partner],
  'Mutation.updateMerchantSettings': [Owner],
  'Query.mailSettings': [Viewer],

  // Partners.
  'Query.partners': adminRead(Access.PartnersRead),
  'Query.partner': adminRead(Access.PartnersRead),
  'Partner.parent': adminRead(Access.PartnersRead),
  'Mutation.createPartner': [Manager, Access.PartnersWrite],
  'Mutation.updatePartner': [Manager, Access.PartnersWrite],
  'Mutation.approvePartners': [Manager, Access.PartnersWrite],
  'Mutation.rejectPartners': [Manager, Access.PartnersWrite],
  'Mutation.importPartners': [Manager],
  'Mutation.updateMyProfile': [Partner],
  'Query.mySubPartners': [Partner],
  'Subscription.partnerUpdated': [Viewer, Partner],

  // Programs, products, customers, coupons.
  'Query.programs': adminRead(),
  'Query.program': adminRead(),
  'Program.partnerCount': adminRead(),
  'Program.signupParent': adminRead(),
  'Query.previewProgramChange': [Viewer],
  'Mutation.createProgram': [Manager],
  'Mutation.updateProgram': [Manager],
  'Query.products': adminRead(),
  'Query.product': adminRead(),
  'Mutation.upsertProduct': [Manager, Access.ProductsWrite],
  'Customer.referredBy': adminRead(Access.PartnersRead),
  'Customer.assignedPartner': adminRead(Access.PartnersRead),
  'Mutation.assignCustomerPartner': [Manager],
  'Query.coupons': adminRead(),
  'Coupon.partner': adminRead(Access.PartnersRead),
  'Mutation.createCoupon': [Manager],
  'Mutation.deleteCoupon': [Manager],

  // Events (orders, leads) and commissions.
  'Query.orders': adminRead(Access.LedgerRead),
  'Query.order': adminRead(Access.LedgerRead),
  'Mutation.recordLead': [Manager, Access.EventsWrite],
  'Mutation.recordOrder': [Manager, Access.EventsWrite],
  'Mutation.recordPayment': [Manager, Access.EventsWrite],
  'Mutation.recordRefund': [Manager, Access.EventsWrite],
  'Query.commissions': adminRead(Access.LedgerRead),
  'Query.ledgerEntries': adminRead(Access.LedgerRead),
  'Commission.order': adminRead(Access.LedgerRead),
  'Commission.partner': adminRead(Access.PartnersRead),
  'Query.flaggedCommissions': adminRead(),
  'Mutation.reviewCommissions': [Manager],
  'Query.myCommissions': [Partner],
  'Query.myLedgerEntries': [Partner],
  'Query.myBalances': [Partner],

  // Payouts.
  'Query.payoutPreview': adminRead(),
  'Query.payoutBatches': adminRead(),
  'Query.payoutBatch': adminRead(),
  // What a batch tells of its payees: a payouts:write key pays, it does not read partners.
  'PayoutPayment.partner': adminRead(Access.PartnersRead),
  'PayoutSkippedPartner.partner': adminRead(Access.PartnersRead),
  'PayoutBatch.paymentsCsv': adminRead(),
  'PayoutBatch.paypalFiles': adminRead(),
  'Mutation.createPayoutBatch': [Manager, Access.PayoutsWrite],
  'Mutation.recordPartnerPayment': [Manager, Access.PayoutsWrite],
  'Mutation.voidPayment': [Manager, Access.PayoutsWrite],
  'Mutation.addAdjustment': [Manager],
  'Query.myEarnings': [Partner],
  'Query.myPayments': [Partner],
  'Query.myProductsSold': [Partner],

  // Emails.
  'Query.emailTemplates': [Viewer],
  'Query.outboundEmails': [Viewer],
  'Mutation.updateEmailTemplate': [Manager],
  'Mutation.resetEmailTemplate': [Manager],

  // Tracking, clicks, collateral.
  'Query.clickStats': adminRead(Access.ReportsRead),
  'Query.myClickStats': [Partner],
  'Query.myClickSummary': [Partner],
  'Query.trackingLinks': adminRead(),
  'Query.trackingLink': adminRead(),
  'TrackingLink.programs': adminRead(),
  'Mutation.createTrackingLink': [Manager],
  'Mutation.updateTrackingLink': [Manager],
  'Query.myTrackingLinks': [Partner],
  'Query.buildTrackingLink': [Partner],
  'Query.collateralItems': adminRead(),
  'Query.collateralItem': adminRead(),
  'Mutation.createCollateral': [Manager],
  'Mutation.updateCollateral': [Manager],
  'Mutation.deleteCollateral': [Manager],
  'Query.myCollateral': [Partner],
  'Mutation.recordCollateralUse': [Partner],

  // Reports and live statistics (a partner's live fields are scoped to themselves).
  'Query.dashboard': adminRead(),
  'Query.ledgerReport': adminRead(),
  'Query.ledgerEntriesReport': adminRead(),
  'Query.activityReport': adminRead(),
  'Query.linkReport': adminRead(),
  'Query.leadReport': adminRead(),
  'Query.referralReport': adminRead(),
  'Query.myLiveStats': [Partner],
  'Query.liveStats': [...adminRead(), Partner],
  'Subscription.myLiveStats': [Partner],
  'Subscription.myActivity': [Partner],
  'Subscription.myClicks': [Partner],
  'Subscription.liveStats': [...adminRead(), Partner],
  'Subscription.liveActivity': [...adminRead(), Partner],
};

/** The mutations a pending applicant may make (leaving, and changing their password). */
export const PENDING_APPLICANT_MUTATIONS: ReadonlySet<string> = new Set([
  'signOut',
  'changeMyPassword',
  'signInPartner',
  'signInAdmin',
]);

/** The mutations an admin's read-only view of a partner's portal may make: ending it, or opening another. */
export const READ_ONLY_VIEW_MUTATIONS: ReadonlySet<string> = new Set(['signOut', 'beginPartnerView']);

const ROLE_RANK: Record<AdminRoleName, number> = { VIEWER: 1, MANAGER: 2, OWNER: 3 };

/** The least admin role a rule admits, or null when it admits no admin. */
export function leastAdminRole(rule: readonly Grant[]): AdminRoleName | null {
  const roles = rule
    .filter((grant) => grant.startsWith('ADMIN:'))
    .map((grant) => grant.slice('ADMIN:'.length) as AdminRoleName);
  if (roles.length === 0) return null;
  return roles.reduce((least, role) => (ROLE_RANK[role] < ROLE_RANK[least] ? role : least));
}

/** Whether an admin of `role` may call a field of `rule`. */
export function roleSatisfies(role: AdminRoleName, rule: readonly Grant[]): boolean {
  const least = leastAdminRole(rule);
  return least !== null && ROLE_RANK[role] >= ROLE_RANK[least];
}

/** The API-key scopes of a rule (without the `scope:` prefix). */
export function scopesOf(rule: readonly Grant[]): ApiKeyScope[] {
  return rule
    .filter((grant) => grant.startsWith('scope:'))
    .map((grant) => grant.slice('scope:'.length) as ApiKeyScope);
}

/** Whether API-key scopes grant `scope` (`*:read` grants every read scope). */
export function scopesGrant(scopes: readonly string[], scope: string): boolean {
  return scopes.includes(scope) || (scope.endsWith(':read') && scopes.includes('*:read'));
}
