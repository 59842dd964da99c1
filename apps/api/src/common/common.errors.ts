/** Error codes of the input checks every module shares (text, ids, emails, limits); categories: the catalogue. */
export const CommonErrorCode = {
  Required: 'REQUIRED',
  TooLong: 'TOO_LONG',
  TooMany: 'TOO_MANY',
  TextInvalid: 'TEXT_INVALID',
  IdInvalid: 'ID_INVALID',
  EmailInvalid: 'EMAIL_INVALID',
  ExternalIdInvalid: 'EXTERNAL_ID_INVALID',
  VisitorIdInvalid: 'VISITOR_ID_INVALID',
  AlreadyExists: 'ALREADY_EXISTS',
  RateLimited: 'RATE_LIMITED',
} as const;
