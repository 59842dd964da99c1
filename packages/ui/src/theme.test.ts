import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, test } from 'vitest';
import { contrastRatio, readableShade } from './theme.js';

describe('readable colours', () => {
  test.each([
    ['#ffffff', '#000000', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('contrast of %s and %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });

  test.each(Object.entries(DEFAULT_THEME.colors))(
    '%s text reaches 4.5:1 on white and on its light background',
    (_name, shades) => {
      const text = readableShade(shades[9]!);
      expect(contrastRatio(text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      // The light variant's background: the colour at 12 % over white.
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(shades[9]!.slice(at, at + 2), 16));
      const tint = (channel: number) => Math.round(255 - (255 - channel) * 0.12);
      expect(contrastRatio(text, `rgb(${tint(r!)}, ${tint(g!)}, ${tint(b!)})`)).toBeGreaterThanOrEqual(4.5);
    },
  );

  test('a colour dark enough already stays as it is', () => {
    expect(readableShade('#1a1b1e')).toBe('#1a1b1e');
  });
});
