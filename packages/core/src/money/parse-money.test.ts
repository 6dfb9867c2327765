import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS, MIN_CENTS, cents } from './cents.ts';
import { formatMoney, formatUsd } from './format-money.ts';
import { parseMoney, parseMoneyLoose } from './parse-money.ts';

// Accepted by both parsers: canonical decimal text, as in X12 R elements and fee schedule CSVs.
const canonical: [string, number][] = [
  ['0.1', 10],
  ['0.10', 10],
  ['1234.5', 123450],
  ['1234.50', 123450],
  ['-12.30', -1230],
  ['99999999.99', 9999999999],
  ['.5', 50],
  ['-.5', -50],
  ['12.', 1200],
  ['0', 0],
  ['-0', 0],
  ['-0.00', 0],
  ['007.50', 750],
  ['  125.00  ', 12500],
  ['\t42\n', 4200],
  ['12.300', 1230],
  ['999999999999.99', 99_999_999_999_999],
  ['-999999999999.99', -99_999_999_999_999],
  // Float residue: each of these goes wrong as Math.trunc(Number(text) * 100).
  ['19.99', 1999],
  ['4.35', 435],
  ['1.15', 115],
  ['0.29', 29],
];

describe('parseMoney', () => {
  it.each(canonical)('reads %j as %d cents', (text, expected) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: expected });
  });

  it('never returns -0', () => {
    const result = parseMoney('-0.00');
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });

  it.each([
    ['1.234', 'with at most two decimals, got "1.234"'],
    ['12.345', 'expected an amount like 1234.50 with at most two decimals, got "12.345"'],
    ['0.001', 'with at most two decimals'],
    ['1e3', 'not scientific notation, got "1e3"'],
    ['1.5E+2', 'not scientific notation'],
    ['$12.30', 'without $, commas or parentheses'],
    ['1,234.50', 'without $, commas or parentheses'],
    ['(12.30)', 'without $, commas or parentheses'],
    ['', 'got nothing'],
    ['   ', 'got only spaces'],
    ['--1', 'expected an amount like 1234.50 or -12.30, got "--1"'],
    ['+12.30', 'expected an amount like 1234.50 or -12.30'],
    ['NaN', 'got "NaN"'],
    ['Infinity', 'got "Infinity"'],
    ['-Infinity', 'got "-Infinity"'],
    ['.', 'expected an amount like 1234.50'],
    ['-', 'expected an amount like 1234.50'],
    ['12 50', 'expected an amount like 1234.50'],
    ['12.30-', 'expected an amount like 1234.50'],
    ['0x1F', 'expected an amount like 1234.50'],
    ['1000000000000.00', 'between -999999999999.99 and 999999999999.99'],
    ['-1000000000000', 'between -999999999999.99 and 999999999999.99'],
    ['99999999999999999999999', 'between'],
  ])('refuses %j', (text, message) => {
    const result = parseMoney(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('reads back everything formatMoney writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_CENTS, max: MAX_CENTS }), (n) => {
        expect(parseMoney(formatMoney(cents(n)))).toEqual({ ok: true, value: n + 0 });
      }),
    );
  });

  it.each([
    ['a million digits', '9'.repeat(1_000_000)],
    ['a million digits and a letter', `${'1'.repeat(1_000_000)}x`],
    ['a million zeros before a cent', `${'0'.repeat(1_000_000)}.01`],
  ])('answers quickly for %s', (_label, text) => {
    const started = performance.now();
    parseMoney(text);
    parseMoneyLoose(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseMoney(text).ok).toBe('boolean');
      }),
    );
  });
});

describe('parseMoneyLoose', () => {
  it.each(canonical)('reads canonical %j as %d cents', (text, expected) => {
    expect(parseMoneyLoose(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['$1,234.50', 123450],
    ['$1234.50', 123450],
    ['1,234.50', 123450],
    ['1,234,567.89', 123456789],
    ['$0.05', 5],
    ['-$12.30', -1230],
    ['$-12.30', -1230],
    ['(12.30)', -1230],
    ['($1,234.50)', -123450],
    [' (0.00) ', 0],
    ['$999,999,999,999.99', 99_999_999_999_999],
  ])('reads typed %j as %d cents', (text, expected) => {
    expect(parseMoneyLoose(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['12,34.50', 'groups of three'],
    ['1,2345.00', 'groups of three'],
    ['0,123.00', 'groups of three'],
    ['1,234,56', 'groups of three'],
    [',123', 'groups of three'],
    ['(12.30', 'parentheses on both sides'],
    ['12.30)', 'parentheses on both sides'],
    ['(-12.30)', 'one minus sign or parentheses'],
    ['-$-12.30', 'one minus sign or parentheses'],
    ['$1,234.567', 'at most two decimals'],
    ['$ 12.30', 'expected an amount like 1234.50'],
    ['12.30 USD', 'expected an amount like 1234.50'],
    ['$$5', 'expected an amount like 1234.50'],
    ['$', 'expected an amount like 1234.50'],
    ['()', 'expected an amount like 1234.50'],
    ['1e3', 'not scientific notation'],
    ['$1,000,000,000,000.00', 'between'],
  ])('refuses %j', (text, message) => {
    const result = parseMoneyLoose(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('reads back everything formatUsd writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_CENTS, max: MAX_CENTS }), (n) => {
        expect(parseMoneyLoose(formatUsd(cents(n)))).toEqual({ ok: true, value: n + 0 });
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseMoneyLoose(text).ok).toBe('boolean');
      }),
    );
  });
});
