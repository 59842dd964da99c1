import { describe, expect, test } from 'vitest';
import { attributionLabel, shareLabel } from './orderText';

describe('orderText', () => {
  test.each([
    [10_000, '100 %'],
    [5_000, '50 %'],
    [3_333, '33.33 %'],
    [2_550, '25.5 %'],
    [0, '0 %'],
  ])('a share of %i basis points reads %s', (weightBps, label) => {
    expect(shareLabel(weightBps)).toBe(label);
  });

  test('attribution methods in words; an unknown one as sent', () => {
    expect(attributionLabel('COOKIE')).toBe('Tracking link');
    expect(attributionLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
