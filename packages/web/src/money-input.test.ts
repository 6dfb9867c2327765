import { describe, expect, it } from 'vitest';
import { decimalOf, parseDollars } from './money-input.ts';

describe('parseDollars', () => {
  it.each([
    ['25', 2500],
    ['25.0', 2500],
    ['25.05', 2505],
    ['0.1', 10],
    ['.75', 75],
    ['$1,234.56', 123456],
    ['  40.00 ', 4000],
    ['0.29', 29],
    ['1.005', undefined],
    ['-5', undefined],
    ['', undefined],
    ['.', undefined],
    ['12a', undefined],
    ['1,23', undefined],
  ])('%j → %j', (text, cents) => expect(parseDollars(text)).toBe(cents));
});

describe('decimalOf', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [2500, '25.00'],
    [123456, '1234.56'],
    [-75, '-0.75'],
  ])('%i → %s', (cents, text) => expect(decimalOf(cents)).toBe(text));
});
