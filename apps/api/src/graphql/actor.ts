/**
 * Who is calling: a signed-in admin, a signed-in partner, a third party with an API key, or nobody.
 * Every resolver's access check is made against this (see `auth-checker.ts`).
 */
export type Actor =
  /** `role`: read from the admin's row at every request (a change applies at once). */
  | { kind: 'admin'; adminUserId: string; role: AdminRoleName }
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

/** The roles of admins (`access-matrix.ts` says what each may do; README: "Admin roles"). */
export const ADMIN_ROLES = ['OWNER', 'MANAGER', 'VIEWER'] as const;
export type AdminRoleName = (typeof ADMIN_ROLES)[number];

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
  'payouts:write':
    'payout batches, single payments and voiding a payment (`createPayoutBatch`, `recordPartnerPayment`, `voidPayment`; adjustments stay with admins)',
  'webhooks:write':
    'outgoing webhook endpoints: create, update, rotate the secret, delete, replay a delivery (and read them)',
};
