/** Stable codes of coupon code rules. */
export const CouponErrorCode = {
  /** A coupon code is not 3 to 64 of A-Z 0-9 _ -, starting with a letter or digit. */
  CodeInvalid: 'COUPON_CODE_INVALID',
} as const;

export type CouponErrorCode = (typeof CouponErrorCode)[keyof typeof CouponErrorCode];
