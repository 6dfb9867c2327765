import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '@mantine/core';
import { contrastRatio, readableOn, readablePalette } from './readable-colors.ts';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1', (a, b, ratio) => expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1));
});

describe('readableOn', () => {
  it('keeps a color that reads already and darkens one that does not', () => {
    expect(readableOn('#212529', ['#ffffff'])).toBe('#212529');
    const green = readableOn('#40c057', ['#ffffff']);
    expect(contrastRatio(green, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(green, '#ffffff')).toBeLessThan(5);
  });
});

describe('readablePalette', () => {
  it('gives every text shade 4.5:1 on white, striped rows and its light backgrounds', () => {
    const stripe = DEFAULT_THEME.colors.gray[0];
    for (const [name, shades] of Object.entries(readablePalette())) {
      for (const shade of shades.slice(6)) {
        for (const background of ['#ffffff', stripe, shades[0], shades[1]]) {
          expect(
            contrastRatio(shade, background),
            `${name} ${shade} on ${background}`,
          ).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(shades.slice(0, 6)).toEqual(DEFAULT_THEME.colors[name]?.slice(0, 6));
    }
  });
});
