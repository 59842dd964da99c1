/**
 * Who is calling: a signed-in admin, a signed-in partner, a third party with an API key, or nobody.
 * Every resolver's access check is made against this (see `auth-checker.ts`).
 */
export type Actor =
  | { kind: 'admin'; adminUserId: string }
  /**
   * `pending`: an applicant awaiting approval; may read its own status and profile, change nothing.
   * `viewedByAdminId`: an admin viewing this partner's portal ("View as partner"); reads only
   * (`read-only-view.ts`).
   */
  | { kind: 'partner'; partnerId: string; pending?: boolean; viewedByAdminId?: string }
  | {
      kind: 'apiKey';
      apiKeyId: string;
      scopes: readonly string[];
      /** The key's own limit of operations per minute (null: the server's default). */
      rateLimitPerMinute?: number | null;
    }
  | { kind: 'anonymous' };

/**
 * Scopes an API key may hold (README: "The GraphQL API for third parties"). `*:read` is every read an
 * admin can make (it stands for each `…:read` scope, and covers the reads no narrower scope names:
 * programs, products, links, coupons, settings).
 */
export const API_KEY_SCOPES = [
  '*:read',
  'partners:read',
  'reports:read',
  'ledger:read',
  'events:write',
  'products:write',
  'partners:write',
  'payouts:write',
  'webhooks:write',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** What each scope allows, for the console and the API page. */
export const API_KEY_SCOPE_DESCRIPTIONS: Record<ApiKeyScope, string> = {
  '*:read': 'every read an admin can make (all the read scopes below, programs, products, links, settings)',
  'partners:read': 'partners, their parents, customers’ partners, coupons’ partners',
  'reports:read': 'click statistics',
  'ledger:read': 'orders, commissions and ledger entries',
  'events:write': 'recording leads, orders, payments and refunds',
  'products:write': 'creating and updating catalogue products (`upsertProduct`)',
  'partners:write': 'creating and editing partners, approving and rejecting applications',
  'payouts:write': 'payout batches and payments',
  'webhooks:write': 'outgoing webhook endpoints (coming)',
};

/** Access requirements a resolver can declare with `@Authorized(...)`; any one of them suffices. */
export const Access = {
  Admin: 'ADMIN',
  Partner: 'PARTNER',
  /** A read by an API key: the field's read scope of `READ_SCOPES` (else `*:read` only). */
  Read: 'scope:*:read',
  EventsWrite: 'scope:events:write',
  ProductsWrite: 'scope:products:write',
  PartnersRead: 'scope:partners:read',
  PartnersWrite: 'scope:partners:write',
  ReportsRead: 'scope:reports:read',
  LedgerRead: 'scope:ledger:read',
  PayoutsWrite: 'scope:payouts:write',
  WebhooksWrite: 'scope:webhooks:write',
} as const;

/**
 * THE map of narrower scopes, in one place: the `@Authorized(Access.Read)` fields a narrower read scope
 * opens (by `Type.field`), and the admin mutations a write scope opens to API keys. A field not listed
 * here needs what its decorator says (`*:read` for `Access.Read`).
 */
export const FIELD_SCOPES: Readonly<Record<string, ApiKeyScope>> = {
  'Query.partners': 'partners:read',
  'Query.partner': 'partners:read',
  'Partner.parent': 'partners:read',
  'Commission.partner': 'partners:read',
  'Customer.referredBy': 'partners:read',
  'Customer.assignedPartner': 'partners:read',
  'Coupon.partner': 'partners:read',
  'Query.orders': 'ledger:read',
  'Query.order': 'ledger:read',
  'Query.commissions': 'ledger:read',
  'Query.ledgerEntries': 'ledger:read',
  'Commission.order': 'ledger:read',
  'Query.clickStats': 'reports:read',
  'Mutation.createPartner': 'partners:write',
  'Mutation.updatePartner': 'partners:write',
  'Mutation.approvePartners': 'partners:write',
  'Mutation.rejectPartners': 'partners:write',
};

/** Whether API-key scopes grant `scope` (`*:read` grants every read scope). */
export function scopesGrant(scopes: readonly string[], scope: string): boolean {
  return scopes.includes(scope) || (scope.endsWith(':read') && scopes.includes('*:read'));
}

/** The scopes that open a field to API keys: the decorator's, plus the narrower one of `FIELD_SCOPES`. */
export function scopesForField(requirements: readonly string[], field: string): string[] {
  const scopes = requirements.filter((r) => r.startsWith('scope:')).map((r) => r.slice('scope:'.length));
  const narrower = FIELD_SCOPES[field];
  return narrower && !scopes.includes(narrower) ? [...scopes, narrower] : scopes;
}

export function actorSatisfies(actor: Actor, requirement: string): boolean {
  switch (actor.kind) {
    case 'admin':
      return requirement === Access.Admin;
    case 'partner':
      return requirement === Access.Partner;
    case 'apiKey':
      return (
        requirement.startsWith('scope:') && scopesGrant(actor.scopes, requirement.slice('scope:'.length))
      );
    case 'anonymous':
      return false;
  }
}
