export { PARTNER_STATUSES, type PartnerStatus } from './partner.types.js';
export { PartnerErrorCode } from './partner.errors.js';
export { normalizePartnerCode, isValidPartnerCode } from './partner-code.js';
export {
  assertPartnerStatusTransition,
  nextPartnerStatuses,
  partnerEarns,
  assertInitialPartnerStatus,
  assertCookieWindowOverride,
  MAX_COOKIE_WINDOW_DAYS,
} from './partner-status.js';
export { assertNoParentCycle } from './partner-parent.js';
