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
  SNIPPET_LEAD_WINDOW_MS,
  snippetLeadNeedsReview,
  visitorCookieDays,
} from './tracking-rules.js';
