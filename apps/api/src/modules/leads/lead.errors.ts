/** Error codes of leads from the merchant snippet. */
export const LeadErrorCode = {
  OriginNotAllowed: 'ORIGIN_NOT_ALLOWED',
  LeadClickRequired: 'LEAD_CLICK_REQUIRED',
} as const;
