import { describe, expect, test } from 'vitest';
import { eventJson } from './event-bus.js';

describe('event payloads over Redis (eventJson)', () => {
  test('Dates and bigints come back as what they were', () => {
    const payload = {
      partnerId: 'p',
      count: 3,
      at: new Date('2026-12-03T07:30:00.123Z'),
      nested: { amountMinor: 12345678901234567890n, list: [new Date(0), 1n, 'x'] },
    };
    const back = eventJson.parse(eventJson.stringify(payload)) as typeof payload;
    expect(back).toEqual(payload);
    expect(back.at).toBeInstanceOf(Date);
    expect(typeof back.nested.amountMinor).toBe('bigint');
  });

  test('plain objects that merely look tagged are left alone', () => {
    const payload = { a: { $date: 'x', other: 1 }, b: { $bigint: 5 } };
    expect(eventJson.parse(eventJson.stringify(payload))).toEqual(payload);
  });
});
