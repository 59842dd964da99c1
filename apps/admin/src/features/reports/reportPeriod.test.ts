import { describe, expect, test } from 'vitest';
import { addDays, lastDays, shortDay, todayKey } from './reportPeriod';

describe('report periods', () => {
  test.each([
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s + %i days = %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });
  test('the last 30 days end today and include it', () => {
    expect(lastDays(30, '2026-03-30')).toEqual({ from: '2026-03-01', to: '2026-03-30' });
  });
  test('days read well on an axis and today is the local day', () => {
    expect(shortDay('2026-03-09')).toBe('Mar 9');
    expect(todayKey(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
