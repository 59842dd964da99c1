/** Stable codes of time rule violations. */
export const TimeErrorCode = {
  /** Not an IANA time zone name the runtime knows (e.g. `Europe/Paris`, `UTC`). */
  TimeZoneInvalid: 'TIME_ZONE_INVALID',
  /** Not a valid `Date` (e.g. `new Date('nope')`) or not a `Date` at all. */
  InstantInvalid: 'TIME_INSTANT_INVALID',
  /** Not a `YYYY-MM-DD` day key of a real calendar day. */
  DayKeyInvalid: 'TIME_DAY_KEY_INVALID',
} as const;
