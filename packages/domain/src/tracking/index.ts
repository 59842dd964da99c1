export { TrackingErrorCode } from './tracking.errors.js';
export {
  allowedDeepLink,
  isAllowedHost,
  isValidSubId,
  linkAppliesToPartner,
  normalizeAllowedDomain,
  normalizeLinkSlug,
  normalizeSubId,
  parseDestinationUrl,
  type WebUrl,
  safeDeepLink,
  visitorCookieDays,
} from './tracking-rules.js';
