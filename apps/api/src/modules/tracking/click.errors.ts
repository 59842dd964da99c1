/** Error codes of click statistics and the tracking redirect. */
export const ClickErrorCode = {
  StatsRangeInvalid: 'STATS_RANGE_INVALID',
  StatsRangeTooLong: 'STATS_RANGE_TOO_LONG',
  LandingPageMissing: 'LANDING_PAGE_MISSING',
} as const;
