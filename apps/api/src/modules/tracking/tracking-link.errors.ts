/** Error codes of named tracking links. */
export const TrackingLinkErrorCode = {
  NotFound: 'TRACKING_LINK_NOT_FOUND',
  SlugTaken: 'LINK_SLUG_TAKEN',
} as const;
