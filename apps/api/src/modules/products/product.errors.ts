/** Error codes of the product catalogue. */
export const ProductErrorCode = {
  NotFound: 'PRODUCT_NOT_FOUND',
} as const;
