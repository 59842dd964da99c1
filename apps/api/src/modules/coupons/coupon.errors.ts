/** Error codes of partner coupons. */
export const CouponErrorCode = {
  CodeInvalid: 'COUPON_CODE_INVALID',
  CodeTaken: 'COUPON_CODE_TAKEN',
} as const;
