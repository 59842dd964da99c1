import { DomainError } from '../errors/domain-error.js';
import { CouponErrorCode } from './coupon.errors.js';

const COUPON = /^[A-Z0-9][A-Z0-9_-]{2,63}$/;

/**
 * The one spelling of a coupon code: trimmed and upper-cased, so `summer-10`, ` SUMMER-10 ` and `Summer-10`
 * are the same coupon wherever it is typed (the admin creating it, the shop sending an order with it).
 * Returns null for a blank code.
 */
export function normalizeCouponCode(raw: string | null | undefined): string | null {
  const code = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  return code === '' ? null : code;
}

/** True when `raw` normalises to a well-formed coupon code. */
export function isValidCouponCode(raw: string | null | undefined): boolean {
  const code = normalizeCouponCode(raw);
  return code !== null && COUPON.test(code);
}

/**
 * A coupon code as an admin creates it: normalised, 3 to 64 of `A-Z 0-9 _ -`, starting with a letter or
 * digit.
 *
 * @throws DomainError `COUPON_CODE_INVALID` (field `field`).
 */
export function assertCouponCode(raw: string, field = 'code'): string {
  const code = normalizeCouponCode(raw);
  if (code === null || !COUPON.test(code)) {
    throw new DomainError(
      CouponErrorCode.CodeInvalid,
      'A coupon code is 3 to 64 of A-Z 0-9 _ -, starting with a letter or digit.',
      field,
    );
  }
  return code;
}
