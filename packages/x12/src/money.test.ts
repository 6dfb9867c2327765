import { describe, expect, it } from 'vitest';
import { formatCents, parseCents } from './money.ts';

describe('parseCents', () => {
  it.each([
    ['125', 12500],
    ['125.5', 12550],
    ['125.50', 12550],
    ['-12.30', -1230],
    ['.5', 50],
    ['-.05', -5],
    ['0', 0],
    ['-0', 0],
    ['0.01', 1],
    ['12.500', 1250],
    ['125.', 12500],
    ['0.29', 29],
    ['1.15', 115],
    ['4.35', 435],
    ['1922.86', 192286],
    ['150000', 15000000],
    ['90071992547409.91', 9007199254740991],
  ])('%s -> %i cents', (text, cents) => {
    expect(parseCents(text)).toBe(cents);
    expect(parseCents(`CLP*-9*${text}*9.`, 7, 7 + text.length)).toBe(cents);
  });

  it.each([
    '',
    '-',
    '.',
    '-.',
    '+5',
    ' 5',
    '5 ',
    '1.2.3',
    '12.345',
    '1,000',
    '1e3',
    'abc',
    '12.3x',
    '90071992547409.92',
  ])('%j is rejected', (text) => {
    expect(parseCents(text)).toBeUndefined();
    expect(parseCents(`CLP*-9*${text}*9.`, 7, 7 + text.length)).toBeUndefined();
  });
});

describe('formatCents', () => {
  it.each([
    [12500, '125'],
    [12550, '125.5'],
    [-1230, '-12.3'],
    [5, '0.05'],
    [-5, '-0.05'],
    [0, '0'],
    [192286, '1922.86'],
  ])('%i -> %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
    expect(parseCents(text)).toBe(cents);
  });
});
