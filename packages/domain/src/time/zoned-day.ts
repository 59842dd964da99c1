import { DomainError } from '../errors/domain-error.js';
import { TimeErrorCode } from './time.errors.js';

/** A calendar day as `YYYY-MM-DD`; sorts as text in calendar order. */
export type DayKey = string;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/**
 * Checks an IANA time zone name (`UTC`, `Europe/Paris`, `Asia/Tokyo`) and returns it.
 *
 * @throws DomainError `TIME_ZONE_INVALID` (field `field`, default `timeZone`) for an unknown zone.
 */
export function assertTimeZone(timeZone: unknown, field = 'timeZone'): string {
  if (typeof timeZone === 'string' && timeZone.length > 0) {
    try {
      formatFor(timeZone);
      return timeZone;
    } catch {
      // fall through to the coded error
    }
  }
  throw new DomainError(
    TimeErrorCode.TimeZoneInvalid,
    `Unknown time zone ${JSON.stringify(timeZone)}.`,
    field,
  );
}

/**
 * Checks that `value` is a valid `Date` and returns it.
 *
 * @throws DomainError `TIME_INSTANT_INVALID` (field `field`).
 */
export function assertInstant(value: unknown, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new DomainError(TimeErrorCode.InstantInvalid, `${field} must be a valid Date.`, field);
  }
  return value;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTime(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatFor(assertTimeZone(timeZone)).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The calendar day (`YYYY-MM-DD`) that `instant` falls on in the IANA `timeZone`. This is the one
 * definition of "a day" for windows, reports and "today" counters: the same for admin, partner and CSV.
 *
 * @throws DomainError `TIME_ZONE_INVALID`, `TIME_INSTANT_INVALID`.
 */
export function localDayKey(instant: Date, timeZone: string): DayKey {
  assertInstant(instant, 'instant');
  const { year, month, day } = wallTime(instant, timeZone);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDayKey(dayKey: string): { year: number; month: number; day: number } {
  const match = DAY_KEY.exec(dayKey);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new DomainError(
      TimeErrorCode.DayKeyInvalid,
      `${JSON.stringify(dayKey)} is not a YYYY-MM-DD day.`,
      'day',
    );
  }
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function keyOf(utcMs: number): DayKey {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/**
 * The day `days` calendar days after `dayKey` (negative goes back).
 *
 * @throws DomainError `TIME_DAY_KEY_INVALID`.
 */
export function addDaysToDayKey(dayKey: DayKey, days: number): DayKey {
  const { year, month, day } = parseDayKey(dayKey);
  return keyOf(Date.UTC(year, month - 1, day + days));
}

/**
 * The same day of the month `months` calendar months after `dayKey`, clamped to the month's last day
 * (Jan 31 + 1 month = Feb 28/29).
 *
 * @throws DomainError `TIME_DAY_KEY_INVALID`.
 */
export function addMonthsToDayKey(dayKey: DayKey, months: number): DayKey {
  const { year, month, day } = parseDayKey(dayKey);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return keyOf(Date.UTC(targetYear, targetMonth - 1, Math.min(day, daysInMonth(targetYear, targetMonth))));
}

/**
 * The first instant of the calendar day `dayKey` in `timeZone` (usually local midnight; where a DST change
 * skips midnight, the first instant that exists). Report periods are `[zonedDayStart(from), zonedDayStart(to + 1))`.
 *
 * @throws DomainError `TIME_DAY_KEY_INVALID`, `TIME_ZONE_INVALID`.
 */
export function zonedDayStart(dayKey: DayKey, timeZone: string): Date {
  const { year, month, day } = parseDayKey(dayKey);
  assertTimeZone(timeZone);
  const target = Date.UTC(year, month - 1, day);
  const offsetAt = (utcMs: number): number => {
    const wall = wallTime(new Date(utcMs), timeZone);
    return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - utcMs;
  };
  let instant = target - offsetAt(target);
  instant = target - offsetAt(instant);
  // Where local midnight does not exist we may land on the previous evening: step forward to the day.
  for (let i = 0; i < 48 && localDayKey(new Date(instant), timeZone) < dayKey; i += 1) instant += 30 * 60_000;
  // Step back while the previous minute is still the same day (offset changes within the day).
  while (localDayKey(new Date(instant - 60_000), timeZone) === dayKey) instant -= 60_000;
  return new Date(instant);
}
