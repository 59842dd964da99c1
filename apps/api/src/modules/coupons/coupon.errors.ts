/** Error codes of partner coupons. */
export const CouponApiErrorCode = {
  CodeTaken: 'COUPON_CODE_TAKEN',
} as const;
