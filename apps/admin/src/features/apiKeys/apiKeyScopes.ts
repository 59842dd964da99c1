/** The scopes an API key can have (see CreateApiKeyInput.scopes). */
export const API_KEY_SCOPES = [
  { value: '*:read', description: 'Read partners, programs, stats and ledgers' },
  { value: 'events:write', description: 'Record leads, sales, payments and refunds' },
  { value: 'products:write', description: 'Create and update catalogue products (upsertProduct)' },
] as const;
