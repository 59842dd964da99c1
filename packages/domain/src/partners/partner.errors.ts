/** Stable codes of partner rule violations. */
export const PartnerErrorCode = {
  InvalidCode: 'PARTNER_CODE_INVALID',
  InvalidStatusTransition: 'PARTNER_STATUS_TRANSITION_INVALID',
  ParentCycle: 'PARTNER_PARENT_CYCLE',
  InitialStatusInvalid: 'PARTNER_STATUS_INITIAL_INVALID',
  CookieWindowInvalid: 'COOKIE_WINDOW_INVALID',
} as const;
