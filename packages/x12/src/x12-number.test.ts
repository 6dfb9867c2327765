import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberDigits } from './x12-number.ts';

describe('numberDigits', () => {
  it.each([
    ['125', true, 3],
    ['-12.30', true, 4],
    ['.5', true, 1],
    ['5.', true, 1],
    ['.', true, -1],
    ['-', true, -1],
    ['', true, -1],
    ['1.2.3', true, -1],
    ['1e3', true, -1],
    [' 1', true, -1],
    ['-007', false, 3],
    ['1.5', false, -1],
  ] as const)('%j (decimal: %s) → %d', (value, decimal, digits) => {
    expect(numberDigits(value, decimal)).toBe(digits);
  });

  it('accepts exactly what the X12 R and N0 patterns accept', () => {
    const r = /^-?(\d+\.?\d*|\.\d+)$/;
    const n0 = /^-?\d+$/;
    fc.assert(
      fc.property(fc.stringMatching(/^[-.\d a]{0,6}$/), (value) => {
        expect(numberDigits(value, true) >= 0).toBe(r.test(value));
        expect(numberDigits(value, false) >= 0).toBe(n0.test(value));
      }),
      { numRuns: 2000 },
    );
  });
});
