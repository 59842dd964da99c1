import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { addDaysToDayKey, addMonthsToDayKey, assertTimeZone, localDayKey, zonedDayStart } from './index.js';

describe('localDayKey', () => {
  test.each([
    ['2024-03-10T04:30:00Z', 'UTC', '2024-03-10'],
    ['2024-03-10T04:30:00Z', 'America/New_York', '2024-03-09'],
    ['2024-03-10T23:30:00Z', 'Asia/Tokyo', '2024-03-11'],
    ['2024-12-31T23:00:00Z', 'Europe/Paris', '2025-01-01'],
  ])('%s in %s is %s', (iso, zone, key) => {
    expect(localDayKey(new Date(iso), zone)).toBe(key);
  });
  test('refuses unknown zones and invalid dates with codes', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(
      expect.objectContaining({ code: 'TIME_ZONE_INVALID' }),
    );
    expect(() => localDayKey(new Date('nope'), 'UTC')).toThrow(
      expect.objectContaining({ code: 'TIME_INSTANT_INVALID' }),
    );
  });
});

describe('day arithmetic', () => {
  test.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-11-15', 3, '2025-02-15'],
    ['2024-03-31', -1, '2024-02-29'],
  ])('%s + %i months = %s', (key, months, expected) => {
    expect(addMonthsToDayKey(key, months)).toBe(expected);
  });
  test('adds days across months', () => {
    expect(addDaysToDayKey('2024-02-28', 2)).toBe('2024-03-01');
    expect(() => addDaysToDayKey('2024-02-30', 1)).toThrow(
      expect.objectContaining({ code: 'TIME_DAY_KEY_INVALID' }),
    );
  });
});

describe('zonedDayStart', () => {
  test.each([
    ['2024-03-10', 'America/New_York', '2024-03-10T05:00:00.000Z'],
    ['2024-03-11', 'America/New_York', '2024-03-11T04:00:00.000Z'],
    ['2024-06-01', 'Asia/Tokyo', '2024-05-31T15:00:00.000Z'],
    ['2024-06-01', 'UTC', '2024-06-01T00:00:00.000Z'],
    ['2024-09-08', 'America/Santiago', '2024-09-08T04:00:00.000Z'],
  ])('%s in %s starts at %s', (key, zone, iso) => {
    expect(zonedDayStart(key, zone).toISOString()).toBe(iso);
  });
  test('property: the start is on the day and the instant before is the previous day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'),
        (instant, zone) => {
          const key = localDayKey(instant, zone);
          const start = zonedDayStart(key, zone);
          expect(localDayKey(start, zone)).toBe(key);
          expect(localDayKey(new Date(start.getTime() - 1), zone) < key).toBe(true);
          expect(start.getTime() <= instant.getTime()).toBe(true);
        },
      ),
    );
  });
});
