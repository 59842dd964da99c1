/** Stable codes of tracking-link rule violations. */
export const TrackingErrorCode = {
  InvalidSlug: 'LINK_SLUG_INVALID',
  InvalidSubId: 'SUB_ID_INVALID',
  InvalidUrl: 'LINK_URL_INVALID',
  DomainNotAllowed: 'LINK_DOMAIN_NOT_ALLOWED',
  InvalidAllowedDomain: 'ALLOWED_DOMAIN_INVALID',
} as const;
