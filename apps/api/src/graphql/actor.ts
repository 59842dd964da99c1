/**
 * Who is calling: a signed-in admin, a signed-in partner, a third party with an API key, or nobody.
 * Every resolver's access check is made against this (see `auth-checker.ts`).
 */
export type Actor =
  | { kind: 'admin'; adminUserId: string }
  | { kind: 'partner'; partnerId: string }
  | { kind: 'apiKey'; apiKeyId: string; scopes: readonly string[] }
  | { kind: 'anonymous' };

/**
 * Scopes an API key may hold. `*:read` reads everything an admin can read; `events:write` records leads,
 * orders, payments and refunds; `products:write` upserts the product catalogue.
 */
export const API_KEY_SCOPES = ['*:read', 'events:write', 'products:write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Access requirements a resolver can declare with `@Authorized(...)`; any one of them suffices. */
export const Access = {
  Admin: 'ADMIN',
  Partner: 'PARTNER',
  Read: 'scope:*:read',
  EventsWrite: 'scope:events:write',
  ProductsWrite: 'scope:products:write',
} as const;

export function actorSatisfies(actor: Actor, requirement: string): boolean {
  switch (actor.kind) {
    case 'admin':
      return requirement === Access.Admin;
    case 'partner':
      return requirement === Access.Partner;
    case 'apiKey':
      return requirement.startsWith('scope:') && actor.scopes.includes(requirement.slice('scope:'.length));
    case 'anonymous':
      return false;
  }
}
