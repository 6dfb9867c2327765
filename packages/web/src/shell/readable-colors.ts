import { DEFAULT_THEME, luminance, toRgba } from '@mantine/core';
import type { MantineColorsTuple } from '@mantine/core';

/** WCAG 2.1 contrast ratio of two colors (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hex = (channel: number) => Math.round(channel).toString(16).padStart(2, '0');

/** The color darkened in small steps until it reads at `ratio` on every background. */
export function readableOn(color: string, backgrounds: readonly string[], ratio = 4.5): string {
  const { r, g, b } = toRgba(color);
  for (let keep = 1; keep > 0; keep -= 0.02) {
    const candidate = `#${hex(r * keep)}${hex(g * keep)}${hex(b * keep)}`;
    if (backgrounds.every((background) => contrastRatio(candidate, background) >= ratio)) {
      return candidate;
    }
  }
  return '#000000';
}

/**
 * Mantine's palette with shades 6–9 dark enough for text (WCAG 1.4.3 AA, 4.5:1): shade 6 is the
 * text and filled-button color, 9 the text of light badges and alerts. Each must read on white,
 * on the striped-row gray and on its own color's light backgrounds (shades 0 and 1). The default
 * green, orange, yellow, red and gray do not.
 */
export function readablePalette(): Record<string, MantineColorsTuple> {
  const stripe = DEFAULT_THEME.colors.gray[0];
  return Object.fromEntries(
    Object.entries(DEFAULT_THEME.colors)
      .filter(([name]) => name !== 'dark')
      .map(([name, shades]) => [
        name,
        shades.map((shade, i) =>
          i < 6 ? shade : readableOn(shade, ['#ffffff', stripe, shades[0], shades[1]]),
        ) as unknown as MantineColorsTuple,
      ]),
  );
}
