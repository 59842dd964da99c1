/** Error codes of API key management. */
export const ApiKeyErrorCode = {
  NotFound: 'API_KEY_NOT_FOUND',
  ScopesRequired: 'API_KEY_SCOPES_REQUIRED',
  ScopeUnknown: 'API_KEY_SCOPE_UNKNOWN',
  Expired: 'API_KEY_EXPIRED',
  ExpiryInvalid: 'API_KEY_EXPIRY_INVALID',
  RateLimitInvalid: 'API_KEY_RATE_LIMIT_INVALID',
} as const;
