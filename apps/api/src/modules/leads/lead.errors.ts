/** Error codes of leads from the merchant snippet. */
export const LeadErrorCode = {
  OriginNotAllowed: 'ORIGIN_NOT_ALLOWED',
} as const;
