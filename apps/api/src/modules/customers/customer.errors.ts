/** Error codes of customers. */
export const CustomerErrorCode = {
  NotFound: 'CUSTOMER_NOT_FOUND',
  Required: 'CUSTOMER_REQUIRED',
} as const;
