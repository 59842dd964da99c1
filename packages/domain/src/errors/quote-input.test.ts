import { describe, expect, test } from 'vitest';
import { quoteInput } from './quote-input.js';

describe('quoteInput', () => {
  test('quotes short inputs whole and cuts long ones at 40 characters', () => {
    expect(quoteInput('abc')).toBe('"abc"');
    expect(quoteInput('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteInput(12)).toBe('"12"');
    expect(quoteInput('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(quoteInput('x'.repeat(20_000))).toBe(`"${'x'.repeat(40)}…"`);
  });
});
