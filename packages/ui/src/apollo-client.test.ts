import { describe, expect, test } from 'vitest';
import { reconnectDelayMs } from './apollo-client.js';

describe('reconnectDelayMs (the SPAs’ reconnect backoff)', () => {
  test('doubles from 1 s up to 30 s, plus up to 1 s of jitter', () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((retries) => reconnectDelayMs(retries, none))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect(reconnectDelayMs(0, () => 0.999)).toBe(1999);
    expect(reconnectDelayMs(50, () => 0.5)).toBe(30500);
  });
});
