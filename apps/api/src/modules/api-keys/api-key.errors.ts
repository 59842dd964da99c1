/** Error codes of API key management. */
export const ApiKeyErrorCode = {
  NotFound: 'API_KEY_NOT_FOUND',
  ScopesRequired: 'API_KEY_SCOPES_REQUIRED',
  ScopeUnknown: 'API_KEY_SCOPE_UNKNOWN',
} as const;
