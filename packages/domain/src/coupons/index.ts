export { CouponErrorCode } from './coupon.errors.js';
export { assertCouponCode, isValidCouponCode, normalizeCouponCode } from './coupon-code.js';
