/** Stable codes of attribution errors. */
export const AttributionErrorCode = {
  /** A touch (click) is malformed: no partner id. */
  TouchInvalid: 'ATTRIBUTION_TOUCH_INVALID',
  /** A partner's own cookie window is not an integer number of days from 0 to 3650. */
  CookieWindowInvalid: 'ATTRIBUTION_COOKIE_WINDOW_INVALID',
} as const;
