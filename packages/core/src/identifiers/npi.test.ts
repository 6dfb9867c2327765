import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNpi, npiCheckDigit, parseNpi } from './npi.ts';

describe('parseNpi and isValidNpi', () => {
  it.each([
    ['1234567893', '1234567893'],
    ['1245319599', '1245319599'],
    ['1144221847', '1144221847'],
    ['1558598797', '1558598797'],
    ['  1245319599 ', '1245319599'],
  ])('accepts %j', (text, expected) => {
    expect(parseNpi(text)).toEqual({ ok: true, value: expected });
    expect(isValidNpi(text)).toBe(true);
  });

  it.each([
    ['1234567890', 'the check digit does not match'],
    ['1245319598', 'the check digit does not match'],
    ['1245391599', 'the check digit does not match'],
    ['123456789', 'expected a 10-digit NPI like 1234567893, got "123456789"'],
    ['12345678931', 'expected a 10-digit NPI'],
    ['12345678A3', 'expected a 10-digit NPI'],
    ['1234-567-893', 'expected a 10-digit NPI'],
    ['80840123456789', 'expected a 10-digit NPI'],
    ['', 'got nothing'],
  ])('refuses %j', (text, message) => {
    const result = parseNpi(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
    expect(isValidNpi(text)).toBe(false);
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (position, delta) => {
          const valid = '1245319599';
          const digit = (Number(valid[position]) + delta) % 10;
          const typo = `${valid.slice(0, position)}${digit}${valid.slice(position + 1)}`;
          expect(isValidNpi(typo)).toBe(false);
        },
      ),
    );
  });
});

describe('npiCheckDigit', () => {
  it.each([
    ['123456789', 3],
    ['124531959', 9],
    ['114422184', 7],
    ['155859879', 7],
  ])('completes %s with %d', (first9, digit) => {
    expect(npiCheckDigit(first9)).toEqual({ ok: true, value: digit });
  });

  it.each([['12345678'], ['1234567890'], ['12345678X']])('refuses %j', (first9) => {
    expect(npiCheckDigit(first9).ok).toBe(false);
  });

  it('makes a valid NPI from any nine digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (first9) => {
        const digit = npiCheckDigit(first9);
        expect(digit.ok && isValidNpi(`${first9}${digit.value}`)).toBe(true);
      }),
    );
  });
});
