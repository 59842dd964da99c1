import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import {
  createTheme,
  darken,
  DEFAULT_THEME,
  luminance,
  MantineProvider,
  type CSSVariablesResolver,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { type ReactNode } from 'react';

/**
 * Colours are used at their darkest shade (9): teal 9 carries white text at 5:1, where Mantine's default
 * shade 6 reaches 2.6:1, under the 4.5:1 that WCAG AA asks of text.
 */
const SHADE = 9;

export const partnerkitTheme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: SHADE, dark: 7 },
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // Someone who asks their system for less motion gets no transitions (modals, menus, notifications).
  respectReducedMotion: true,
});

/** WCAG's contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** `color` (#rrggbb) laid at `opacity` over white, as Mantine's light variants draw their background. */
function overWhite(color: string, opacity: number): string {
  const channel = (offset: number) =>
    Math.round(255 - (255 - parseInt(color.slice(offset, offset + 2), 16)) * opacity);
  return `rgb(${channel(1)}, ${channel(3)}, ${channel(5)})`;
}

/**
 * A shade of `color` (#rrggbb) that text can be written in, on white and on the colour's own light
 * background (badges, the active navigation link): darkened until it reaches 4.5:1 there.
 */
export function readableShade(color: string): string {
  const background = overWhite(color, 0.12);
  let shade = color;
  for (let amount = 0.05; contrastRatio(shade, background) < 4.6 && amount <= 1; amount += 0.05) {
    shade = darken(color, amount);
  }
  return shade;
}

/** Text colours of every palette colour readable in the light scheme; secondary ("dimmed") text too. */
const readableColors: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': readableShade(theme.colors[theme.primaryColor]![SHADE]!),
  };
  for (const [name, shades] of Object.entries({ ...DEFAULT_THEME.colors, ...theme.colors })) {
    const readable = readableShade(shades[SHADE]!);
    light[`--mantine-color-${name}-text`] = readable;
    light[`--mantine-color-${name}-light-color`] = readable;
    light[`--mantine-color-${name}-outline`] = readable;
  }
  return { variables: {}, light, dark: {} };
};

/** Theme and notifications for a Partnerkit SPA. */
export function PartnerkitProvider({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={partnerkitTheme} defaultColorScheme="light" cssVariablesResolver={readableColors}>
      <Notifications position="top-right" />
      {children}
    </MantineProvider>
  );
}
