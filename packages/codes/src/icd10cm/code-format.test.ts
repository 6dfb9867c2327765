import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIcd10cmCode, normalizeIcd10cmCode } from './code-format.ts';

describe('ICD-10-CM code text', () => {
  it.each([
    [' e11.22 ', 'E1122'],
    ['N18.-', 'N18'],
    ['S52.531A', 'S52531A'],
    ['QA0.0', 'QA00'],
    ['O9A.11', 'O9A11'],
    ['HTN', undefined],
    ['COPD', undefined],
    ['E11.22.1', undefined],
    ['E1', undefined],
  ])('normalize(%s) → %s', (text, stored) => {
    expect(normalizeIcd10cmCode(text)).toBe(stored);
  });

  it('formats with a dot after the category and normalizes back', () => {
    expect(formatIcd10cmCode('E1122')).toBe('E11.22');
    expect(formatIcd10cmCode('I10')).toBe('I10');
    const code = fc.stringMatching(/^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/);
    fc.assert(
      fc.property(code, (stored) => normalizeIcd10cmCode(formatIcd10cmCode(stored)) === stored),
    );
  });
});
