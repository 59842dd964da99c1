/** The scopes an API key can have (see CreateApiKeyInput.scopes and the API page). */
export const API_KEY_SCOPES = [
  { value: '*:read', description: 'Every read: all read scopes below, programs, products, links, settings' },
  { value: 'partners:read', description: 'Partners (with balances), customers’ and coupons’ partners' },
  { value: 'reports:read', description: 'Click statistics' },
  { value: 'ledger:read', description: 'Orders, commissions and ledger entries' },
  { value: 'events:write', description: 'Record leads, sales, payments and refunds' },
  { value: 'products:write', description: 'Create and update catalogue products (upsertProduct)' },
  { value: 'partners:write', description: 'Create and edit partners, approve and reject applications' },
  { value: 'payouts:write', description: 'Payout batches, single payments and voids (not adjustments)' },
  {
    value: 'webhooks:write',
    description: 'Outgoing webhook endpoints: create, edit, rotate, delete, replay',
  },
] as const;
