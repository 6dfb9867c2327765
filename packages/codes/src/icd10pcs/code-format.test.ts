import { describe, expect, it } from 'vitest';
import {
  icd10pcsOrderCodeProblem,
  looksLikeIcd10pcsCode,
  normalizeIcd10pcsCode,
} from './code-format.ts';

describe('ICD-10-PCS code text', () => {
  it.each([
    [' 0dtj4zz ', '0DTJ4ZZ'],
    ['0DT J4ZZ', '0DTJ4ZZ'],
    ['0dt-j4-zz', '0DTJ4ZZ'],
    ['GZFZZZZ', 'GZFZZZZ'],
    ['0DT', '0DT'],
    ['0DTJ4Z0O', undefined],
    ['0DTI4ZZ', undefined],
    ['0DTJ4ZZZ', undefined],
    ['', undefined],
  ])('normalizes %j to %j', (typed, stored) => {
    expect(normalizeIcd10pcsCode(typed)).toBe(stored);
  });

  it.each([
    ['0DTJ4ZZ', true],
    ['0dt', true],
    ['027', true],
    ['BW03ZZZ', true],
    ['XW033E5', true],
    ['E11', false],
    ['B30', false],
    ['htn', false],
    ['absence', false],
    ['0D', false],
  ])('%j looks like a PCS code being typed: %s', (typed, expected) => {
    expect(looksLikeIcd10pcsCode(typed)).toBe(expected);
  });

  it.each([
    ['0DTJ4ZZ', true, undefined],
    ['0DT', false, undefined],
    ['0DT', true, 'expected 7 characters'],
    ['0DTJ4ZZ', false, 'fewer than 7'],
    ['0DTJ4ZO', true, 'without I and O'],
    ['E1122', true, 'expected 7 characters'],
  ])('order-file code %s with flag %s', (code, valid, problem) => {
    const found = icd10pcsOrderCodeProblem(code, valid);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
