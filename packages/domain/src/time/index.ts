export { TimeErrorCode } from './time.errors.js';
export {
  addDaysToDayKey,
  addMonthsToDayKey,
  assertInstant,
  assertTimeZone,
  localDayKey,
  zonedDayStart,
  type DayKey,
} from './zoned-day.js';
