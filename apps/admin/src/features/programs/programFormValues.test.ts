import { problemOf } from '@partnerkit/ui';
import { describe, expect, test } from 'vitest';
import { NEW_PROGRAM_VALUES, programInputOf } from './programFormValues';

describe('programInputOf', () => {
  test.each([
    ['USD', '50', '5000'],
    ['USD', '12.3', '1230'],
    ['JPY', '500', '500'],
    ['KWD', '1.5', '1500'],
  ])('sends a %s minimum payout of %s as %s minor units', (currency, decimal, minor) => {
    expect(
      programInputOf({ ...NEW_PROGRAM_VALUES, currency, minimumPayout: decimal }).minimumPayoutMinor,
    ).toBe(minor);
  });

  test('refuses more decimals than the currency has, on the minimum payout field', () => {
    const attempt = () => programInputOf({ ...NEW_PROGRAM_VALUES, minimumPayout: '12.345' });
    expect(attempt).toThrow();
    try {
      attempt();
    } catch (error) {
      expect(Object.keys(problemOf(error).fieldErrors)).toEqual(['minimumPayout']);
    }
  });

  test('an unknown currency is an error of the currency field', () => {
    try {
      programInputOf({ ...NEW_PROGRAM_VALUES, currency: 'XXQ' });
      expect.unreachable();
    } catch (error) {
      expect(Object.keys(problemOf(error).fieldErrors)).toEqual(['currency']);
    }
  });

  test('sends split weights only for SPLIT attribution', () => {
    expect(programInputOf(NEW_PROGRAM_VALUES).splitWeights).toBeUndefined();
    expect(programInputOf({ ...NEW_PROGRAM_VALUES, attributionMode: 'SPLIT' }).splitWeights).toEqual({
      firstBps: 5000,
      middleBps: 0,
      lastBps: 5000,
    });
  });
});
