import { describe, expect, it } from 'vitest';
import { formatBytes, formatCents, formatIcd10cm } from './format.ts';

describe('formatCents', () => {
  it.each([
    [0, '$0.00'],
    [5, '$0.05'],
    [12345, '$123.45'],
    [123456789, '$1,234,567.89'],
    [-500, '-$5.00'],
  ])('%i → %s', (cents, text) => expect(formatCents(cents)).toBe(text));
});

describe('formatIcd10cm', () => {
  it.each([
    ['I10', 'I10'],
    ['S93401A', 'S93.401A'],
    ['e11.22', 'E11.22'],
  ])('%s → %s', (code, text) => expect(formatIcd10cm(code)).toBe(text));
});

describe('formatBytes', () => {
  it.each([
    [980, '980 bytes'],
    [52_000, '51 KB'],
    [48_300_000, '46.1 MB'],
  ])('%i → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
