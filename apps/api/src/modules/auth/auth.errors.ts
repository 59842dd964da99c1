/** Error codes of sign-in, sessions, API-key authentication and access checks. */
export const AuthErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  ScopeMissing: 'SCOPE_MISSING',
  RoleForbidden: 'ROLE_FORBIDDEN',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  ApiKeyInvalid: 'API_KEY_INVALID',
  PartnerRejected: 'PARTNER_REJECTED',
  CurrentPasswordWrong: 'CURRENT_PASSWORD_WRONG',
  PasswordWeak: 'PASSWORD_WEAK',
  PartnerSuspended: 'PARTNER_SUSPENDED',
  PartnerPending: 'PARTNER_PENDING',
  ResetTokenInvalid: 'RESET_TOKEN_INVALID',
  ReadOnlyView: 'READ_ONLY_VIEW',
  PartnerViewTokenInvalid: 'PARTNER_VIEW_TOKEN_INVALID',
} as const;
