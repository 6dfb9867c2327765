import { describe, expect, it } from 'vitest';
import { parseFailure, parseOk, quoteInput } from './parse-result.ts';

describe('parseOk and parseFailure', () => {
  it('build both halves of a ParseResult', () => {
    expect(parseOk(42)).toEqual({ ok: true, value: 42 });
    expect(parseFailure('expected a thing')).toEqual({ ok: false, error: 'expected a thing' });
  });
});

describe('quoteInput', () => {
  it.each([
    ['12.345', '"12.345"'],
    ['', 'nothing'],
    ['   ', 'only spaces'],
    ['say "hi"', '"say \\"hi\\""'],
    ['tab\there', '"tab\\there"'],
    ['x'.repeat(50), `"${'x'.repeat(39)}…"`],
  ])('quotes %j as %s', (text, expected) => {
    expect(quoteInput(text)).toBe(expected);
  });
});
