/** Error codes of partners (the domain's partner rules have their own: `PARTNER_CODE_INVALID`, ...). */
export const PartnerApiErrorCode = {
  NotFound: 'PARTNER_NOT_FOUND',
  ParentNotFound: 'PARENT_NOT_FOUND',
  CodeTaken: 'PARTNER_CODE_TAKEN',
  EmailTaken: 'PARTNER_EMAIL_TAKEN',
  EmailUnavailable: 'EMAIL_UNAVAILABLE',
  NotPending: 'PARTNER_NOT_PENDING',
  CustomFieldKeyInvalid: 'CUSTOM_FIELD_KEY_INVALID',
} as const;
